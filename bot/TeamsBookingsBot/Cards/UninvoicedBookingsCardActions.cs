using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// The list card's buttons. The invoice buttons (Preview, Invoice all) sit in a section of their own, apart from
/// the list-keeping ones (Mark as invoiced, Exclude, Refresh) at the foot of the card, so "Invoice all" is never
/// pressed for "Refresh". Above <see cref="InvoiceAllAsksAbove"/> bookings, "Invoice all" first asks, once, with the
/// count and the totals.
/// </summary>
internal static class UninvoicedBookingsCardActions
{
    /// <summary>A few bookings are invoiced at one press; more ask first (drafts can be undone, but not unseen).</summary>
    public const int InvoiceAllAsksAbove = 3;

    public static AdaptiveContainer InvoiceSection(UninvoicedBookingsCardModel model, BookingListQuery query)
    {
        UninvoicedBookingsResult result = model.Result;
        string[] ids = Ids(model);
        var preview = new AdaptiveExecuteAction(CardVerbs.InvoicePreview)
        {
            Title = "Preview invoices",
            // The list names the business: with several, a preview without it would not know whose bookings these are.
            Data = new InvoicePreviewActionData(ids, model.RunId) { Query = query }.ToJsonObject(),
            AssociatedInputs = AdaptiveAssociatedInputs.Auto,
        };
        var data = new InvoiceAllActionData(query.At(null), model.RunId) { Count = result.Count };
        string title = result.Count == 1 ? "Invoice it" : $"Invoice all {result.Count:#,##0}";
        AdaptiveAction invoiceAll = result.Count > InvoiceAllAsksAbove
            ? new AdaptiveShowCardAction(ConfirmInvoiceAll(result, data)) { Title = title + "…" }
            : InvoiceAll(title, data);
        return new AdaptiveContainer
        {
            Separator = true,
            Spacing = AdaptiveSpacing.Large,
            Items =
            {
                new AdaptiveTextBlock("Preview the ticked bookings, or invoice every booking of this list (all pages).")
                {
                    IsSubtle = true,
                    Size = AdaptiveTextSize.Small,
                },
                new AdaptiveActionSet { Spacing = AdaptiveSpacing.Small, Actions = { preview, invoiceAll } },
            },
        };
    }

    public static IEnumerable<AdaptiveAction> ListActions(UninvoicedBookingsCardModel model, BookingListQuery query)
    {
        string[] ids = Ids(model);
        yield return new AdaptiveExecuteAction(CardVerbs.MarkInvoiced)
        {
            Title = "Mark as invoiced",
            Data = new MarkInvoicedActionData(ids, query).ToJsonObject(),
            AssociatedInputs = AdaptiveAssociatedInputs.Auto,
        };
        yield return Exclude(ids, query);
        yield return Refresh("Refresh", query, model.ReadyToInvoice);
        if (FreeToggle(model) is { } free)
        {
            yield return free;
        }
    }

    /// <summary>"Show 3 free bookings" when free ones are left off, "Hide free bookings" when they are shown.</summary>
    public static AdaptiveExecuteAction? FreeToggle(UninvoicedBookingsCardModel model)
    {
        BookingListQuery query = UninvoicedBookingsCard.QueryOf(model).At(null);
        if (model.IncludeFree)
        {
            return Refresh("Hide free bookings", query with { IncludeFree = false }, model.ReadyToInvoice);
        }
        int hidden = model.Result.HiddenFreeCount;
        return hidden == 0
            ? null
            : Refresh(hidden == 1 ? "Show the free booking" : $"Show {hidden:#,##0} free bookings", query with { IncludeFree = true }, model.ReadyToInvoice);
    }

    private static AdaptiveCard ConfirmInvoiceAll(UninvoicedBookingsResult result, InvoiceAllActionData data)
    {
        string totals = result.Totals.Count == 0 ? "nothing priced yet" : string.Join(" · ", result.Totals.Select(CardFormat.Money));
        var card = new AdaptiveCard
        {
            Body =
            {
                new AdaptiveTextBlock($"Create draft invoices for all {CardFormat.Count(result.Count, "booking", "bookings")} of this list, every page?")
                {
                    Weight = AdaptiveTextWeight.Bolder,
                },
                new AdaptiveTextBlock("To invoice: " + totals) { Spacing = AdaptiveSpacing.Small },
            },
            Actions = { InvoiceAll($"Yes, create the drafts ({result.Count:#,##0} bookings)", data) },
        };
        if (result.NeedsAttentionCount > 0)
        {
            card.Body.Add(new AdaptiveTextBlock(
                $"{CardFormat.Count(result.NeedsAttentionCount, "booking needs", "bookings need")} something first and {(result.NeedsAttentionCount == 1 ? "is" : "are")} left out.")
            {
                IsSubtle = true,
                Spacing = AdaptiveSpacing.Small,
            });
        }
        card.Body.Add(new AdaptiveTextBlock("Nothing is posted: the drafts wait in Business Central, and each can be undone.")
        {
            IsSubtle = true,
            Spacing = AdaptiveSpacing.Small,
        });
        return card;
    }

    private static AdaptiveExecuteAction InvoiceAll(string title, InvoiceAllActionData data) =>
        new(CardVerbs.InvoiceAll)
        {
            Title = title,
            Data = data.ToJsonObject(),
            // Every booking of the list, all pages: the tick boxes of this page do not narrow it.
            AssociatedInputs = AdaptiveAssociatedInputs.None,
        };

    private static AdaptiveExecuteAction Refresh(string title, BookingListQuery query, bool readyToInvoice) =>
        new(CardVerbs.ShowPage)
        {
            Title = title,
            Data = new ShowPageActionData(query, readyToInvoice).ToJsonObject(),
            AssociatedInputs = AdaptiveAssociatedInputs.None,
        };

    private static string[] Ids(UninvoicedBookingsCardModel model) => [.. model.Result.Rows.Select(r => r.Booking.AppointmentId)];

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
