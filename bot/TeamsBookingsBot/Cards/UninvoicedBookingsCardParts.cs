using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>The lines the list card and its empty variant share: which business, period, filters and data age.</summary>
internal static class UninvoicedBookingsCardParts
{
    public static void AddHeader(IList<AdaptiveElement> body, UninvoicedBookingsCardModel model, TimeZoneInfo zone, string heading)
    {
        body.Add(CardText.Heading(heading));
        AddContext(body, model, zone);
    }

    /// <summary>
    /// "Yesterday, Mon 23 Nov · for Contoso", the filters, and "Times are in Pacific Time. Bookings data as of 09:15.":
    /// the zone is named here once, so the rows can stay short.
    /// </summary>
    public static void AddContext(IList<AdaptiveElement> body, UninvoicedBookingsCardModel model, TimeZoneInfo zone)
    {
        // The business's and the filters' names are configuration and typed text: TextRuns keep them literal.
        body.Add(new AdaptiveRichTextBlock
        {
            Spacing = AdaptiveSpacing.Small,
            Inlines =
            {
                new AdaptiveTextRun(CardFormat.RangeTitle(model.Range, zone) + " · for " + CardText.Quote(model.Business.DisplayName, UninvoicedBookingsCard.MaxNameLength)),
            },
        });
        string? filters = Filters(model.Filter);
        if (filters is not null)
        {
            body.Add(new AdaptiveRichTextBlock
            {
                Spacing = AdaptiveSpacing.None,
                Inlines = { new AdaptiveTextRun(filters) { IsSubtle = true } },
            });
        }
        body.Add(new AdaptiveTextBlock(DataAge(model, zone)) { IsSubtle = true, Size = AdaptiveTextSize.Small, Spacing = AdaptiveSpacing.None });
    }

    public static string? Filters(BookingFilter filter)
    {
        List<string> parts = [];
        if (filter.Customer is not null)
        {
            parts.Add($"customer “{CardText.Quote(filter.Customer, UninvoicedBookingsCard.MaxFilterLength)}”");
        }
        if (filter.Service is not null)
        {
            parts.Add($"service “{CardText.Quote(filter.Service, UninvoicedBookingsCard.MaxFilterLength)}”");
        }
        if (filter.Staff is not null)
        {
            parts.Add($"staff “{CardText.Quote(filter.Staff, UninvoicedBookingsCard.MaxFilterLength)}”");
        }
        return parts.Count == 0 ? null : "Only " + string.Join(", ", parts);
    }

    private static string DataAge(UninvoicedBookingsCardModel model, TimeZoneInfo zone) =>
        CardFormat.TimesIn(zone, model.NowUtc) + " " + (model.LastSyncUtc is { } synced
            ? "Bookings data as of " + CardFormat.When(synced, zone, model.NowUtc) + ". Type **sync now** for fresher data."
            : "Bookings have not been fetched yet. Type **sync now**.");
}
