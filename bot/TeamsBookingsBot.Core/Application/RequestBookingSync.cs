using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// "sync now" for every configured business. Only asks the scheduler: the sync itself runs in the background,
/// so the chat turn answers at once instead of waiting for Graph.
/// </summary>
public sealed class RequestBookingSync(IBookingsBusinessCatalog catalog, IBookingSyncTrigger syncTrigger)
{
    /// <returns>The businesses whose sync was requested; empty when none is configured.</returns>
    public async Task<IReadOnlyList<BookingsBusiness>> RunAsync(CancellationToken ct)
    {
        IReadOnlyList<BookingsBusiness> businesses = await catalog.ListAsync(ct);
        foreach (BookingsBusiness business in businesses)
        {
            await syncTrigger.RequestSyncNowAsync(business.Id, ct);
        }
        return businesses;
    }
}
