using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// "sync now" for every business of the asking tenant (none without a tenant). Only asks the scheduler: the sync itself runs in the background,
/// so the chat turn answers at once instead of waiting for Graph.
/// </summary>
public sealed class RequestBookingSync(IBookingsBusinessCatalog catalog, IBookingSyncTrigger syncTrigger)
{
    /// <returns>The businesses whose sync was requested; empty when none is configured.</returns>
    public async Task<IReadOnlyList<BookingsBusiness>> RunAsync(string? tenantId, CancellationToken ct)
    {
        IReadOnlyList<BookingsBusiness> businesses = string.IsNullOrEmpty(tenantId) ? [] : await catalog.ListAsync(tenantId, ct);
        foreach (BookingsBusiness business in businesses)
        {
            await syncTrigger.RequestSyncNowAsync(business.Id, ct);
        }
        return businesses;
    }
}
