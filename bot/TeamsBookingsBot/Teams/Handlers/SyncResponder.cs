using TeamsBookingsBot.Application;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>Shared by "sync now" / "sync status" typed and pressed.</summary>
internal sealed class SyncResponder(
    RequestBookingSync requestSync, GetBookingSyncStatus syncStatus, TimeProvider time, ILogger<SyncResponder> logger)
{
    public const string Started = "Syncing Bookings now… Type \"sync status\" in a minute to see how it went.";

    public const string NothingToSync =
        "No Bookings calendar is connected yet, so there is nothing to sync. Ask your admin to connect it: they type setup here in Teams.";

    /// <summary>Only asks the scheduler; the sync runs in the background, so the turn answers at once.</summary>
    public async Task<string> RequestSyncAsync(string? tenantId, CancellationToken ct)
    {
        IReadOnlyList<BookingsBusiness> businesses = await requestSync.RunAsync(tenantId, ct);
        logger.SyncRequestedFromChat(businesses.Count);
        return businesses.Count == 0 ? NothingToSync : Started;
    }

    public async Task<AdaptiveCard> BuildStatusCardAsync(string? tenantId, CancellationToken ct) =>
        SyncStatusCard.Build(new SyncStatusCardModel(await syncStatus.RunAsync(tenantId, ct), time.GetUtcNow()));
}
