using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// "Show uninvoiced bookings": one page of the stored bookings of one business and range, minus what the ledger says
/// is billed or excluded, as <see cref="UninvoicedBookingsQuery"/> defines the list; the store pages and counts
/// (<see cref="IUninvoicedBookingsList"/>), once per request. Reads only the bot's own store, never Graph; a business
/// that never synced gets its first sync requested instead of an empty list, and <see cref="RunWhenSyncedAsync"/>
/// waits for that sync. Only a business of the asking tenant is listed (a business belongs to one tenant); an activity
/// without a tenant is served none.
/// </summary>
public sealed class ListUninvoicedBookings(
    IBookingsBusinessCatalog catalog,
    IUninvoicedBookingsList list,
    IBookingSyncStatusReader syncStatus,
    IBookingSyncTrigger syncTrigger,
    IBookingSyncWatcher syncWatcher,
    TimeProvider time)
{
    /// <summary>How often a wait re-reads the sync status, for a sync that runs on another node of a cluster.</summary>
    public static readonly TimeSpan SyncStatusPollInterval = TimeSpan.FromSeconds(5);

    public async Task<UninvoicedBookingsListing> RunAsync(string? tenantId, UninvoicedBookingsRequest request, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.PageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);

        BookingsBusiness? business = await FindBusinessAsync(tenantId, request.BusinessId, ct);
        if (business is null)
        {
            return request.BusinessId is null
                ? new UninvoicedBookingsListing.NoBusinessConfigured()
                : new UninvoicedBookingsListing.UnknownBusiness(request.BusinessId);
        }

        BookingSyncStatus? lastSuccess = await syncStatus.GetLastSuccessAsync(business.Id, ct);
        if (lastSuccess is null)
        {
            return await RequestFirstSyncAsync(business, ct);
        }

        DateTimeOffset now = time.GetUtcNow();
        UninvoicedBookingsResult page = await list.PageAsync(business, request.ToCriteria(), now, ct);
        var snapshot = new UninvoicedBookingsSnapshot(business, request.Range, request.Filter, request.IncludeCancelled, request.IncludeFree,
            now, lastSuccess.FinishedUtc ?? lastSuccess.StartedUtc);
        return new UninvoicedBookingsListing.Listed(snapshot, page);
    }

    /// <summary>
    /// <see cref="RunAsync"/>; while the business's first sync is still to come, waits for it up to
    /// <paramref name="maxWait"/> and lists then. Ends early with <see cref="UninvoicedBookingsListing.FirstSyncFailed"/>
    /// when a sync fails meanwhile, and with the <see cref="UninvoicedBookingsListing.NotSyncedYet"/> answer when the wait runs out.
    /// </summary>
    public async Task<UninvoicedBookingsListing> RunWhenSyncedAsync(
        string? tenantId, UninvoicedBookingsRequest request, TimeSpan maxWait, CancellationToken ct)
    {
        UninvoicedBookingsListing listing = await RunAsync(tenantId, request, ct);
        if (listing is not UninvoicedBookingsListing.NotSyncedYet notSynced || maxWait <= TimeSpan.Zero)
        {
            return listing;
        }
        string businessId = notSynced.Business.Id;
        DateTimeOffset since = time.GetUtcNow();
        using var deadline = new CancellationTokenSource(maxWait, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        while (true)
        {
            using var round = CancellationTokenSource.CreateLinkedTokenSource(waiting.Token);
            // Listen first, then look: a sync that ends in between is not missed.
            Task poll = Task.Delay(SyncStatusPollInterval, time, round.Token);
            Task finished = syncWatcher.NextFinishAsync(businessId, round.Token);
            if (await syncStatus.GetLastSuccessAsync(businessId, ct) is not null)
            {
                return await RunAsync(tenantId, request with { BusinessId = businessId }, ct);
            }
            if (await syncStatus.GetLatestAsync(businessId, ct) is { FinishedUtc: { } ended, Succeeded: false } failed && ended >= since)
            {
                return new UninvoicedBookingsListing.FirstSyncFailed(notSynced.Business, failed.Error);
            }
            await Task.WhenAny(finished, poll);
            await round.CancelAsync();
            ct.ThrowIfCancellationRequested();
            if (deadline.IsCancellationRequested)
            {
                return notSynced;
            }
        }
    }

    private async Task<BookingsBusiness?> FindBusinessAsync(string? tenantId, string? businessId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(tenantId))
        {
            return null;
        }
        if (businessId is not null)
        {
            return await catalog.FindAsync(tenantId, businessId, ct);
        }
        IReadOnlyList<BookingsBusiness> all = await catalog.ListAsync(tenantId, ct);
        return all.Count == 0 ? null : all[0];
    }

    private async Task<UninvoicedBookingsListing> RequestFirstSyncAsync(BookingsBusiness business, CancellationToken ct)
    {
        BookingSyncStatus? latest = await syncStatus.GetLatestAsync(business.Id, ct);
        bool running = latest is { FinishedUtc: null };
        if (!running)
        {
            await syncTrigger.RequestSyncNowAsync(business.Id, ct);
        }
        return new UninvoicedBookingsListing.NotSyncedYet(business, SyncRequested: !running, latest?.Error);
    }
}
