using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// "Show uninvoiced bookings": the stored bookings of one business and range, minus what the ledger says is
/// billed or excluded, run through <see cref="UninvoicedBookingsQuery"/>. Reads only the bot's own store,
/// never Graph; a business that never synced gets its first sync requested instead of an empty list.
/// </summary>
public sealed class ListUninvoicedBookings(
    IBookingsBusinessCatalog catalog,
    IBookingStore store,
    IInvoicedBookingsLookup ledger,
    IBookingSyncStatusReader syncStatus,
    IBookingSyncTrigger syncTrigger,
    CompletionPolicy completion,
    TimeProvider time)
{
    private readonly UninvoicedBookingsQuery query = new(completion);

    public async Task<UninvoicedBookingsListing> RunAsync(UninvoicedBookingsRequest request, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.PageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);

        BookingsBusiness? business = await FindBusinessAsync(request.BusinessId, ct);
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

        IReadOnlyList<Booking> bookings = await store.ListAsync(business.Id, request.Range.FromUtc, request.Range.ToUtc, ct);
        string[] appointmentIds = [.. bookings.Select(b => b.AppointmentId).Distinct(StringComparer.Ordinal)];
        LedgerState state = appointmentIds.Length == 0
            ? LedgerState.Empty
            : await ledger.GetStateAsync(business.Id, appointmentIds, ct);
        IReadOnlyDictionary<string, string> staffNames = await store.GetStaffNamesAsync(business.Id, ct);

        var snapshot = new UninvoicedBookingsSnapshot(
            business, request, bookings, state, new BookingsDirectory([business], staffNames), query,
            time.GetUtcNow(), lastSuccess.FinishedUtc ?? lastSuccess.StartedUtc);
        return new UninvoicedBookingsListing.Listed(snapshot, snapshot.Page(request.PageIndex, request.PageSize));
    }

    private async Task<BookingsBusiness?> FindBusinessAsync(string? businessId, CancellationToken ct)
    {
        if (businessId is not null)
        {
            return await catalog.FindAsync(businessId, ct);
        }
        IReadOnlyList<BookingsBusiness> all = await catalog.ListAsync(ct);
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
