using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The configured businesses with what their syncs learned (name, currency), kept in memory (<see cref="SyncedLookup{T}"/>):
/// every message and button asks for them, and only a sync changes them.
/// </summary>
internal sealed class CachedBusinessCatalog(
    IBookingsBusinessCatalog catalog, IOptions<GraphOptions> graph, SyncedLookup<IReadOnlyList<BookingsBusiness>> businesses) : IBookingsBusinessCatalog
{
    private const string All = "*";

    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) =>
        businesses.GetAsync(All, graph.Value.Businesses.Select(b => b.Id), catalog.ListAsync, _ => true, ct);

    public async Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct)
    {
        string wanted = businessId.Trim();
        return (await ListAsync(ct)).FirstOrDefault(b => string.Equals(b.Id, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
