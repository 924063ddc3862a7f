using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// The list of completed, uninvoiced bookings (issue 4, requirement 10): grouped by customer, one tick box per
/// booking, amounts as the invoice lines will carry them, totals per currency (what the preview would bill),
/// paging and the invoice buttons.
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
    /// The card of <paramref name="model"/>, rendered once; when it would break Teams' 28 KB limit, the page is made
    /// smaller (a prefix of its rows: nothing is read again) until it fits. The smaller page size then holds for the
    /// whole list (the paging buttons carry it), and "Next" starts at the first row left off, so no row is skipped.
    /// </summary>
    public static FittedListCard Fit(UninvoicedBookingsCardModel model)
    {
        while (true)
        {
            RenderedCard card = Build(model).Render();
            int size = model.Result.PageSize;
            if (card.FitsTeamsLimit || size == 1)
            {
                return new FittedListCard(model, card);
            }
            // Rows are roughly alike, so scale the page to the room left; always shrink by at least one row.
            int scaled = (int)((long)size * AdaptiveCard.MaxSizeInBytes * 9 / 10 / card.SizeInBytes);
            model = model with { Result = model.Result.Shrink(Math.Clamp(scaled, 1, size - 1)) };
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
        if (model.ReadyToInvoice)
        {
            card.Body.Add(UninvoicedBookingsCardActions.InvoiceSection(model, query));
        }
        foreach (CustomerGroup group in CustomerGroup.Of(result.Rows))
        {
            UninvoicedBookingsCardRows.AddGroup(card.Body, group, zone);
        }
        if (result.HasPreviousPage || result.HasNextPage)
        {
            card.Body.Add(Paging(model, query));
        }
        if (!model.ReadyToInvoice)
        {
            card.Body.Add(UninvoicedBookingsCardActions.InvoiceSection(model, query));
        }
        foreach (AdaptiveAction action in UninvoicedBookingsCardActions.ListActions(model, query))
        {
            card.Actions.Add(action);
        }
        return card;
    }

    /// <summary>The list as this card shows it, at this page's first row (what Refresh and Back show again).</summary>
    internal static BookingListQuery QueryOf(UninvoicedBookingsCardModel model) => new BookingListQuery(
        model.Business.Id,
        model.Range.FromUtc,
        model.Range.ToUtc,
        CardText.Quote(model.Range.Label, 100),
        model.Filter.Customer,
        model.Filter.Service,
        model.Filter.Staff,
        PageSize: model.Result.PageSize,
        IncludeFree: model.IncludeFree) { ListId = model.RunId }.At(model.Result.HasPreviousPage ? model.Result.FirstRow : null);

    private static AdaptiveContainer Summary(UninvoicedBookingsResult result)
    {
        string count = CardFormat.Count(result.Count, "booking", "bookings");
        string pages = result.TotalPages > 1 ? $"Page {result.PageIndex + 1} of {result.TotalPages} · {count}" : count;
        var summary = new AdaptiveContainer
        {
            Spacing = AdaptiveSpacing.Medium,
            Items = { new AdaptiveTextBlock(pages) { Weight = AdaptiveTextWeight.Bolder } },
        };
        // Exactly what the preview would bill: the planner computed these amounts.
        string totals = result.Totals.Count == 0 ? "nothing priced yet" : string.Join(" · ", result.Totals.Select(CardFormat.Money));
        summary.Items.Add(new AdaptiveTextBlock("To invoice: " + totals) { Spacing = AdaptiveSpacing.Small });
        if (result.NeedsAttentionCount > 0)
        {
            summary.Items.Add(new AdaptiveTextBlock(
                $"⚠ {CardFormat.Count(result.NeedsAttentionCount, "booking needs", "bookings need")} something first (see ⚠ below); not in the totals.")
            {
                Color = AdaptiveTextColor.Warning,
                Spacing = AdaptiveSpacing.Small,
            });
        }
        if (result.HiddenFreeCount > 0)
        {
            summary.Items.Add(new AdaptiveTextBlock(
                $"{CardFormat.Count(result.HiddenFreeCount, "free booking is", "free bookings are")} not shown: nothing to bill.")
            {
                IsSubtle = true,
                Spacing = AdaptiveSpacing.Small,
            });
        }
        return summary;
    }

    private static AdaptiveActionSet Paging(UninvoicedBookingsCardModel model, BookingListQuery query)
    {
        var set = new AdaptiveActionSet { Spacing = AdaptiveSpacing.Medium };
        if (model.Result is { HasPreviousPage: true, FirstRow: { } first })
        {
            set.Actions.Add(PageAction("◀ Previous", query.At(first with { Before = true }), model.ReadyToInvoice));
        }
        if (model.Result.NextPage is { } next)
        {
            set.Actions.Add(PageAction("Next ▶", query.At(next), model.ReadyToInvoice));
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
}
