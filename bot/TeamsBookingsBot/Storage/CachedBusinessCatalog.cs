using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The set-up businesses with what their syncs learned (name, currency), kept in memory (<see cref="SyncedLookup{T}"/>):
/// every message and button asks for them, and only a sync or a settings change changes them. The entry is keyed by the
/// settings' versions, so a saved setting is seen by the very next read.
/// </summary>
internal sealed class CachedBusinessCatalog(
    IBookingsBusinessCatalog catalog, IBusinessSettingsStore settings, SyncedLookup<IReadOnlyList<BookingsBusiness>> businesses) : IBookingsBusinessCatalog
{
    public async Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) =>
        await ListAsync(await settings.ListAllAsync(ct), ct);

    public async Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct)
    {
        string wanted = BookingSql.Key(businessId);
        return (await ListAsync(ct)).FirstOrDefault(b => BookingSql.Key(b.Id) == wanted);
    }

    public async Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct)
    {
        IReadOnlyList<BusinessSettings> all = await settings.ListAllAsync(ct);
        HashSet<string> tenants = [.. all.Where(s => string.Equals(s.TenantId, tenantId, StringComparison.Ordinal)).Select(s => BookingSql.Key(s.BusinessId))];
        return [.. (await ListAsync(all, ct)).Where(b => tenants.Contains(BookingSql.Key(b.Id)))];
    }

    public async Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct)
    {
        string wanted = BookingSql.Key(businessId);
        return (await ListAsync(tenantId, ct)).FirstOrDefault(b => BookingSql.Key(b.Id) == wanted);
    }

    private Task<IReadOnlyList<BookingsBusiness>> ListAsync(IReadOnlyList<BusinessSettings> all, CancellationToken ct) =>
        businesses.GetAsync(
            "*" + string.Concat(all.Select(s => $"|{s.TenantId}/{BookingSql.Key(s.BusinessId)}@{s.Version}")),
            all.Select(s => s.BusinessId), catalog.ListAsync, _ => true, ct);
}
