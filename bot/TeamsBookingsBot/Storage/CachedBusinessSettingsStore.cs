using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Every tenant's business settings kept in memory: every message and button asks for them, and they change only when
/// an admin saves or configuration is seeded. A save or removal through this instance is seen at once (the next read
/// reads again); one on another instance after <c>Storage:LookupCacheDuration</c>.
/// </summary>
internal sealed class CachedBusinessSettingsStore(BusinessSettingsStore store, TimeProvider time, IOptions<StorageOptions> options)
    : IBusinessSettingsStore
{
    private readonly Lock gate = new();
    private (IReadOnlyList<BusinessSettings> All, DateTimeOffset ReadUtc, long Generation)? cached;
    private long generation;

    public async Task<IReadOnlyList<BusinessSettings>> ListAllAsync(CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        long readGeneration;
        lock (gate)
        {
            if (cached is { } entry && entry.Generation == generation && now >= entry.ReadUtc && now - entry.ReadUtc < options.Value.LookupCacheDuration)
            {
                return entry.All;
            }
            readGeneration = generation;
        }
        IReadOnlyList<BusinessSettings> all = await store.ListAllAsync(ct);
        lock (gate)
        {
            // A change made while reading makes what was read stale: it is returned, not kept.
            if (readGeneration == generation)
            {
                cached = (all, now, readGeneration);
            }
        }
        return all;
    }

    public async Task<IReadOnlyList<BusinessSettings>> ListAsync(string tenantId, CancellationToken ct) =>
        [.. (await ListAllAsync(ct)).Where(s => string.Equals(s.TenantId, tenantId, StringComparison.Ordinal))];

    public async Task<BusinessSettings?> FindAsync(string tenantId, string businessId, CancellationToken ct)
    {
        string key = BusinessSettingsSql.Key(businessId);
        return (await ListAllAsync(ct)).FirstOrDefault(s =>
            string.Equals(s.TenantId, tenantId, StringComparison.Ordinal) && BusinessSettingsSql.Key(s.BusinessId) == key);
    }

    public async Task<(BusinessSettingsSaveOutcome Outcome, BusinessSettings? Saved)> SaveAsync(BusinessSettings settings, CancellationToken ct)
    {
        try
        {
            return await store.SaveAsync(settings, ct);
        }
        finally
        {
            Changed();
        }
    }

    public async Task<bool> RemoveAsync(string tenantId, string businessId, CancellationToken ct)
    {
        try
        {
            return await store.RemoveAsync(tenantId, businessId, ct);
        }
        finally
        {
            Changed();
        }
    }

    /// <summary>The stored settings changed in this process (a save, a removal, a seed): the next read reads them again.</summary>
    public void Changed()
    {
        lock (gate)
        {
            generation++;
            cached = null;
        }
    }
}
