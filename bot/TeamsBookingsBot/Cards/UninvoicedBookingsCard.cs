using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// The list of completed, uninvoiced bookings (issue 4, requirement 10): grouped by customer, one tick box per
/// booking, amounts as the invoice lines will carry them, totals per currency, paging and the invoice buttons.
/// See Cards/README.md for the layout decisions.
/// </summary>
public static class UninvoicedBookingsCard
{
    // Names and services are user data of any length; cut so that a page of them still fits 28 KB.
    public const int MaxNameLength = 80;
    public const int MaxEmailLength = 80;
    public const int MaxFilterLength = 40;

    public static AdaptiveCard Build(UninvoicedBookingsCardModel model) =>
        model.Result.Rows.Count == 0 ? UninvoicedBookingsEmptyCard.Build(model) : BuildList(model);

    /// <summary>
    /// The model for page <paramref name="pageIndex"/> of <paramref name="pageSize"/> rows, made smaller until its
    /// card fits Teams' 28 KB limit. A smaller page size then holds for the whole list (the paging buttons carry
    /// it), and the page shown is the one holding the first row asked for, so no row is skipped.
    /// </summary>
    public static UninvoicedBookingsCardModel FitPage(
        UninvoicedBookingsSnapshot snapshot, int pageIndex, int pageSize, Guid runId, bool readyToInvoice)
    {
        int firstRow = pageIndex * pageSize;
        int size = Math.Clamp(pageSize, 1, BookingListQuery.MaxPageSize);
        while (true)
        {
            UninvoicedBookingsCardModel model = UninvoicedBookingsCardModel.From(snapshot, snapshot.Page(firstRow / size, size), runId, readyToInvoice);
            int bytes = Build(model).SizeInBytes;
            if (bytes <= AdaptiveCard.MaxSizeInBytes || size == 1)
            {
                return model;
            }
            // Rows are roughly alike, so scale the page to the room left; always shrink by at least one row.
            int scaled = (int)((long)size * AdaptiveCard.MaxSizeInBytes * 9 / 10 / bytes);
            size = Math.Clamp(scaled, 1, size - 1);
        }
    }

    private static AdaptiveCard BuildList(UninvoicedBookingsCardModel model)
    {
        TimeZoneInfo zone = TimeZoneResolver.ResolveFirst(model.Business.TimeZoneId);
        UninvoicedBookingsResult result = model.Result;
        BookingListQuery query = QueryOf(model);
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = $"{CardFormat.Count(result.Count, "uninvoiced booking", "uninvoiced bookings")} for {CardFormat.RangeTitle(model.Range, zone)}.",
        };
        UninvoicedBookingsCardParts.AddHeader(card.Body, model, zone, model.ReadyToInvoice ? "Ready to invoice" : "Uninvoiced bookings");
        card.Body.Add(Summary(result));
        foreach (CustomerGroup group in CustomerGroup.Of(result.Rows))
        {
            AddGroup(card.Body, group, zone);
        }
        if (result.TotalPages > 1)
        {
            card.Body.Add(Paging(model, query));
        }
        foreach (AdaptiveAction action in Actions(model, query))
        {
            card.Actions.Add(action);
        }
        return card;
    }

    internal static BookingListQuery QueryOf(UninvoicedBookingsCardModel model) => new(
        model.Business.Id,
        model.Range.FromUtc,
        model.Range.ToUtc,
        CardText.Quote(model.Range.Label, 100),
        model.Filter.Customer,
        model.Filter.Service,
        model.Filter.Staff,
        model.Result.PageIndex,
        model.Result.PageSize) { ListId = model.RunId };

    private static AdaptiveContainer Summary(UninvoicedBookingsResult result)
    {
        string count = CardFormat.Count(result.Count, "booking", "bookings");
        string pages = result.TotalPages > 1 ? $"Page {result.PageIndex + 1} of {result.TotalPages} · {count}" : count;
        var summary = new AdaptiveContainer
        {
            Spacing = AdaptiveSpacing.Medium,
            Items = { new AdaptiveTextBlock(pages) { Weight = AdaptiveTextWeight.Bolder } },
        };
        string totals = result.Totals.Count == 0 ? "nothing priced yet" : string.Join(" · ", result.Totals.Select(CardFormat.Money));
        summary.Items.Add(new AdaptiveTextBlock("To invoice: " + totals) { Spacing = AdaptiveSpacing.Small });
        if (result.PriceNeededCount > 0)
        {
            summary.Items.Add(new AdaptiveTextBlock(
                $"⚠ {CardFormat.Count(result.PriceNeededCount, "booking needs", "bookings need")} a price; not in the totals.")
            {
                Color = AdaptiveTextColor.Warning,
                Spacing = AdaptiveSpacing.Small,
            });
        }
        return summary;
    }

    private static void AddGroup(IList<AdaptiveElement> body, CustomerGroup group, TimeZoneInfo zone)
    {
        var heading = new AdaptiveRichTextBlock { Spacing = AdaptiveSpacing.Large, Separator = true };
        heading.Inlines.Add(new AdaptiveTextRun(CardText.Quote(group.Name, MaxNameLength)) { Weight = AdaptiveTextWeight.Bolder });
        if (group.Email is not null)
        {
            heading.Inlines.Add(new AdaptiveTextRun("  " + CardText.Quote(group.Email, MaxEmailLength)) { IsSubtle = true });
        }
        body.Add(heading);
        foreach (UninvoicedBookingRow row in group.Rows)
        {
            AddRow(body, row, zone);
        }
    }

    private static void AddRow(IList<AdaptiveElement> body, UninvoicedBookingRow row, TimeZoneInfo zone)
    {
        Booking booking = row.Booking;
        // The tick box's title is the booking's start: our own text, so no markdown risk, and it names the row for screen readers.
        body.Add(new AdaptiveToggleInput(CardInputIds.SelectBooking(booking.AppointmentId), TimeZoneLabel.ForCard(booking.StartUtc, zone))
        {
            Value = "true",
            ValueOn = "true",
            ValueOff = "false",
            Spacing = AdaptiveSpacing.Small,
        });
        string details = CardText.Quote(booking.ServiceName, MaxNameLength) + " · " + CardFormat.Duration(booking.EndUtc - booking.StartUtc);
        int others = row.UninvoicedKeys.Count - 1;
        if (others > 0)
        {
            details += $" · +{CardFormat.Count(others, "attendee", "attendees")}";
        }
        body.Add(new AdaptiveRichTextBlock
        {
            Spacing = AdaptiveSpacing.None,
            Inlines =
            {
                new AdaptiveTextRun(details + " · "),
                new AdaptiveTextRun(row.Amount is { } amount ? CardFormat.Money(amount) : "price needed") { Weight = AdaptiveTextWeight.Bolder },
            },
        });
        string? warnings = Warnings(row);
        if (warnings is not null)
        {
            body.Add(new AdaptiveTextBlock(warnings) { Color = AdaptiveTextColor.Warning, Size = AdaptiveTextSize.Small, Spacing = AdaptiveSpacing.None });
        }
    }

    internal static string? Warnings(UninvoicedBookingRow row)
    {
        List<string> notes = [];
        if (row.Has(BookingRowWarnings.Cancelled))
        {
            notes.Add("Cancelled");
        }
        if (row.Has(BookingRowWarnings.PriceVaries))
        {
            notes.Add("⚠ Price varies: enter the price before invoicing");
        }
        else if (row.Has(BookingRowWarnings.PriceNeeded))
        {
            notes.Add("⚠ No price on the service: enter one before invoicing");
        }
        if (row.Has(BookingRowWarnings.NoCustomer))
        {
            notes.Add("⚠ No customer: add one to the booking in Bookings");
        }
        if (row.Has(BookingRowWarnings.PartiallyInvoiced))
        {
            int all = LedgerKey.AllFor(row.Booking).Count;
            notes.Add($"Partly invoiced: {row.UninvoicedKeys.Count} of {all} attendees left");
        }
        if (row.Has(BookingRowWarnings.CurrencyUnknown))
        {
            notes.Add("⚠ Currency unknown: not in the totals");
        }
        return notes.Count == 0 ? null : string.Join(" · ", notes);
    }

    private static AdaptiveActionSet Paging(UninvoicedBookingsCardModel model, BookingListQuery query)
    {
        var set = new AdaptiveActionSet { Spacing = AdaptiveSpacing.Medium };
        if (model.Result.PageIndex > 0)
        {
            set.Actions.Add(PageAction("◀ Previous", query with { PageIndex = model.Result.PageIndex - 1 }, model.ReadyToInvoice));
        }
        if (model.Result.HasNextPage)
        {
            set.Actions.Add(PageAction("Next ▶", query with { PageIndex = model.Result.PageIndex + 1 }, model.ReadyToInvoice));
        }
        return set;
    }

    private static AdaptiveExecuteAction PageAction(string title, BookingListQuery query, bool readyToInvoice) =>
        new(CardVerbs.ShowPage)
        {
            Title = title,
            Data = new ShowPageActionData(query, readyToInvoice).ToJsonObject(),
            // Paging must not send the tick boxes: they belong to this page only.
            AssociatedInputs = AdaptiveAssociatedInputs.None,
        };

    private static IEnumerable<AdaptiveAction> Actions(UninvoicedBookingsCardModel model, BookingListQuery query)
    {
        string[] ids = [.. model.Result.Rows.Select(r => r.Booking.AppointmentId)];
        var preview = new AdaptiveExecuteAction(CardVerbs.InvoicePreview)
        {
            Title = "Preview invoices",
            Data = new InvoicePreviewActionData(ids, model.RunId).ToJsonObject(),
            AssociatedInputs = AdaptiveAssociatedInputs.Auto,
        };
        var invoiceAll = new AdaptiveExecuteAction(CardVerbs.InvoiceAll)
        {
            Title = model.Result.Count == 1 ? "Invoice it" : $"Invoice all {model.Result.Count:#,##0}",
            Data = new InvoiceAllActionData(query with { PageIndex = 0 }, model.RunId).ToJsonObject(),
            // Every booking of the list, all pages: the tick boxes of this page do not narrow it.
            AssociatedInputs = AdaptiveAssociatedInputs.None,
        };
        var markInvoiced = new AdaptiveExecuteAction(CardVerbs.MarkInvoiced)
        {
            Title = "Mark as invoiced",
            Data = new MarkInvoicedActionData(ids, query).ToJsonObject(),
            AssociatedInputs = AdaptiveAssociatedInputs.Auto,
        };
        AdaptiveShowCardAction exclude = Exclude(ids, query);
        var refresh = new AdaptiveExecuteAction(CardVerbs.ShowPage)
        {
            Title = "Refresh",
            Data = new ShowPageActionData(query, model.ReadyToInvoice).ToJsonObject(),
            AssociatedInputs = AdaptiveAssociatedInputs.None,
        };
        return model.ReadyToInvoice
            ? [preview, invoiceAll, markInvoiced, exclude, refresh]
            : [preview, markInvoiced, exclude, invoiceAll, refresh];
    }

    private static AdaptiveShowCardAction Exclude(string[] ids, BookingListQuery query) =>
        new(new AdaptiveCard
        {
            Body =
            {
                new AdaptiveTextBlock("The ticked bookings are left off every invoice. You can include them again later."),
                new AdaptiveTextInput(CardInputIds.ExcludeReason)
                {
                    Label = "Reason (optional)",
                    Placeholder = "e.g. no-show, not billed",
                    MaxLength = 200,
                },
            },
            Actions =
            {
                new AdaptiveExecuteAction(CardVerbs.Exclude)
                {
                    Title = "Exclude ticked bookings",
                    Data = new ExcludeActionData(ids, query).ToJsonObject(),
                    AssociatedInputs = AdaptiveAssociatedInputs.Auto,
                },
            },
        })
        {
            Title = "Exclude…",
        };
}
