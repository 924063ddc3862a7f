using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// The list card when nothing is left to invoice. It says which of three truths holds: there were no completed
/// bookings in the period at all, or only free ones are left (hidden), or every one is invoiced, marked or excluded.
/// Then it offers the other periods.
/// </summary>
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
        UninvoicedBookingsResult result = model.Result;
        string period = CardFormat.RangePhrase(model.Range, zone, model.NowUtc);
        int done = result.CompletedCount - result.HiddenFreeCount;
        string heading = result.CompletedCount == 0 ? $"No completed bookings {period}"
            : result.HiddenFreeCount > 0 ? $"Nothing left to invoice {period} 🎉"
            : $"Everything invoiced or excluded {period} 🎉";
        var card = new AdaptiveCard { FullWidth = true, FallbackText = heading };
        UninvoicedBookingsCardParts.AddHeader(card.Body, model, zone, heading);
        foreach (string line in Explanation(result, done))
        {
            card.Body.Add(new AdaptiveTextBlock(line) { Spacing = AdaptiveSpacing.Medium });
        }
        card.Body.Add(new AdaptiveTextBlock("Try another period:") { Spacing = AdaptiveSpacing.Medium });
        foreach ((BookingRange range, string label, string title) in Ranges)
        {
            if (!string.Equals(label, model.Range.Label, StringComparison.OrdinalIgnoreCase))
            {
                card.Actions.Add(new ShowUninvoicedActionData(range, model.Filter.Customer).ToExecuteAction(title));
            }
        }
        card.Actions.Add(CommonActions.SyncNow());
        if (UninvoicedBookingsCardActions.FreeToggle(model) is { } free)
        {
            card.Actions.Add(free);
        }
        return card;
    }

    private static IEnumerable<string> Explanation(UninvoicedBookingsResult result, int done)
    {
        if (result.HiddenFreeCount > 0)
        {
            yield return $"{CardFormat.Count(result.HiddenFreeCount, "free booking is", "free bookings are")} not shown: nothing to bill.";
        }
        if (done > 0)
        {
            yield return result.HiddenFreeCount > 0
                ? $"The other {CardFormat.Count(done, "completed booking is", "completed bookings are")} invoiced, marked as invoiced or excluded."
                : done == 1
                    ? "The completed booking in this period is invoiced, marked as invoiced or excluded."
                    : $"All {CardFormat.Count(done, "completed booking", "completed bookings")} in this period are invoiced, marked as invoiced or excluded.";
        }
        if (result.NotCompletedCount > 0)
        {
            yield return $"{CardFormat.Count(result.NotCompletedCount, "booking in this period has", "bookings in this period have")} not ended yet; "
                + (result.NotCompletedCount == 1 ? "it is" : "they are") + " listed once " + (result.NotCompletedCount == 1 ? "it has." : "they have.");
        }
    }
}
