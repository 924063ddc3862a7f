using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>Why there is no list yet: no business configured, a card for a removed business, or the first sync still to come.</summary>
public static class BookingsNotReadyCard
{
    public static AdaptiveCard Build(UninvoicedBookingsListing listing) => listing switch
    {
        UninvoicedBookingsListing.NoBusinessConfigured => Card(
            "No Bookings calendar is connected yet",
            "Ask your admin to add your Microsoft Bookings calendar to the bot's settings (Graph:Businesses). Then type **sync now**.",
            null,
            CommonActions.Help()),
        UninvoicedBookingsListing.UnknownBusiness => Card(
            "That Bookings calendar is no longer connected",
            "This card was made for a calendar the bot no longer syncs. Type **show uninvoiced bookings** for a fresh list.",
            null,
            CommonActions.ShowYesterday()),
        UninvoicedBookingsListing.NotSyncedYet notSynced => Card(
            "I'm fetching your bookings for the first time",
            notSynced.SyncRequested
                ? "I've started fetching them from Microsoft Bookings. Try again in a minute."
                : "A fetch from Microsoft Bookings is already running. Try again in a minute.",
            notSynced.LastError,
            CommonActions.SyncStatus()),
        _ => throw new ArgumentException("A listed result has its own card: UninvoicedBookingsCard.", nameof(listing)),
    };

    private static AdaptiveCard Card(string heading, string nextStep, string? lastError, AdaptiveAction action)
    {
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = heading + ". " + nextStep.Replace("**", "", StringComparison.Ordinal),
            Body =
            {
                new AdaptiveTextBlock(heading) { Size = AdaptiveTextSize.Medium, Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextBlock(nextStep),
            },
            Actions = { action },
        };
        if (lastError is not null)
        {
            // The error is a curated sentence from the sync, but may name the mailbox: a TextRun keeps it literal.
            card.Body.Add(new AdaptiveRichTextBlock
            {
                Spacing = AdaptiveSpacing.Medium,
                Inlines = { new AdaptiveTextRun("The last attempt failed: " + CardText.Quote(lastError, 300)) { Color = AdaptiveTextColor.Attention } },
            });
        }
        return card;
    }
}
