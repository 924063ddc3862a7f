using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>"sync status": the latest and the last successful sync of every business of the asking tenant (none without a tenant).</summary>
public sealed class GetBookingSyncStatus(IBookingsBusinessCatalog catalog, IBookingSyncStatusReader syncStatus)
{
    public async Task<IReadOnlyList<BusinessSyncState>> RunAsync(string? tenantId, CancellationToken ct)
    {
        List<BusinessSyncState> states = [];
        if (string.IsNullOrEmpty(tenantId))
        {
            return states;
        }
        foreach (BookingsBusiness business in await catalog.ListAsync(tenantId, ct))
        {
            BookingSyncStatus? latest = await syncStatus.GetLatestAsync(business.Id, ct);
            BookingSyncStatus? lastSuccess = latest is { Succeeded: true } ? latest : await syncStatus.GetLastSuccessAsync(business.Id, ct);
            states.Add(new BusinessSyncState(business, latest, lastSuccess));
        }
        return states;
    }
}
