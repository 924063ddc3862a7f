using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The sync history with each business's last successful sync kept in memory (<see cref="SyncedLookup{T}"/>): every list
/// asks for it. "Never synced" is not kept, so a first sync that ends elsewhere is seen at the next read; the latest run
/// (for "sync status" and first-sync waits) is always read.
/// </summary>
internal sealed class CachedSyncStatusReader(IBookingSyncStatusReader reader, SyncedLookup<BookingSyncStatus?> lastSuccess) : IBookingSyncStatusReader
{
    public Task<BookingSyncStatus?> GetLatestAsync(string businessId, CancellationToken ct) => reader.GetLatestAsync(businessId, ct);

    public Task<BookingSyncStatus?> GetLastSuccessAsync(string businessId, CancellationToken ct) =>
        lastSuccess.GetAsync(BookingSql.Key(businessId), [businessId], c => reader.GetLastSuccessAsync(businessId, c), status => status is not null, ct);
}
