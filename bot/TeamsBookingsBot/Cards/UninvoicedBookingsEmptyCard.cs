using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>The list card when nothing is left to invoice: says so kindly and offers the other periods.</summary>
internal static class UninvoicedBookingsEmptyCard
{
    private static readonly (BookingRange Range, string Label, string Title)[] Ranges =
    [
        (BookingRange.Today, "today", "Today"),
        (BookingRange.Yesterday, "yesterday", "Yesterday"),
        (BookingRange.ThisWeek, "this week", "This week"),
        (BookingRange.LastWeek, "last week", "Last week"),
    ];

    public static AdaptiveCard Build(UninvoicedBookingsCardModel model)
    {
        TimeZoneInfo zone = TimeZoneResolver.ResolveFirst(model.Business.TimeZoneId);
        string heading = $"Nothing left to invoice for {CardText.Quote(model.Range.Label, 60)} 🎉";
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = heading,
        };
        UninvoicedBookingsCardParts.AddHeader(card.Body, model, zone, heading);
        card.Body.Add(new AdaptiveTextBlock("Every completed booking in this period is invoiced or excluded. Try another period:")
        {
            Spacing = AdaptiveSpacing.Medium,
        });
        foreach ((BookingRange range, string label, string title) in Ranges)
        {
            if (!string.Equals(label, model.Range.Label, StringComparison.OrdinalIgnoreCase))
            {
                card.Actions.Add(new ShowUninvoicedActionData(range, model.Filter.Customer).ToExecuteAction(title));
            }
        }
        card.Actions.Add(CommonActions.SyncNow());
        return card;
    }
}
