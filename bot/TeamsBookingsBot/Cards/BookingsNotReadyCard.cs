using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// Why there is no list yet: no business configured, a card for a removed business, the first sync still running
/// (this card then turns into the list when it ends), or that first sync failed.
/// </summary>
public static class BookingsNotReadyCard
{
    public static AdaptiveCard Build(UninvoicedBookingsListing listing) => listing switch
    {
        UninvoicedBookingsListing.NoBusinessConfigured => Card(
            "No Bookings calendar is connected yet",
            "Ask your admin to connect your Microsoft Bookings business: they type **setup** here in Teams.",
            null,
            CommonActions.Help()),
        UninvoicedBookingsListing.UnknownBusiness => Card(
            "That Bookings calendar is no longer connected",
            "This card was made for a calendar the bot no longer syncs. Type **show uninvoiced bookings** for a fresh list.",
            null,
            CommonActions.ShowYesterday()),
        // Sent only with a pending update: the bot replaces this message with the list when the sync ends.
        UninvoicedBookingsListing.NotSyncedYet notSynced => Card(
            "I'm fetching your bookings for the first time",
            "This message turns into the list as soon as they are in; that usually takes less than a minute.",
            notSynced.LastError,
            CommonActions.SyncStatus()),
        UninvoicedBookingsListing.FirstSyncFailed failed => Card(
            "I couldn't fetch your bookings from Microsoft Bookings",
            "Fix what the message below says (or ask your admin), then type **sync now**. Nothing was lost: the list comes once a fetch succeeds.",
            failed.Error,
            CommonActions.SyncNow()),
        _ => throw new ArgumentException("A listed result has its own card: UninvoicedBookingsCard.", nameof(listing)),
    };

    /// <summary>The first sync has not ended after <c>UninvoicedListResponder.BackgroundWait</c>: say so instead of waiting for ever.</summary>
    public static AdaptiveCard TakingLong(UninvoicedBookingsListing.NotSyncedYet notSynced) => Card(
        "Fetching your bookings is taking longer than usual",
        "Type **sync status** to see how far it is, and **show uninvoiced bookings** once it has finished.",
        notSynced.LastError,
        CommonActions.SyncStatus());

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
