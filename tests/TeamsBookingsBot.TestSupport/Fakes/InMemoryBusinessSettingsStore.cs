using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>Business settings in memory with the store's version rule, for tests of what reads them.</summary>
public sealed class InMemoryBusinessSettingsStore(params BusinessSettings[] initial) : IBusinessSettingsStore
{
    private readonly ConcurrentDictionary<string, BusinessSettings> all = new(
        initial.Select(s => KeyValuePair.Create(s.BusinessId.ToLowerInvariant(), s with { Version = Math.Max(1, s.Version) })));

    public Task<IReadOnlyList<BusinessSettings>> ListAllAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BusinessSettings>>([.. all.Values.OrderBy(s => s.TenantId, StringComparer.Ordinal).ThenBy(s => s.BusinessId.ToLowerInvariant(), StringComparer.Ordinal)]);

    public async Task<IReadOnlyList<BusinessSettings>> ListAsync(string tenantId, CancellationToken ct) =>
        [.. (await ListAllAsync(ct)).Where(s => s.TenantId == tenantId)];

    public Task<BusinessSettings?> FindAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(all.TryGetValue(businessId.ToLowerInvariant(), out BusinessSettings? s) && s.TenantId == tenantId ? s : null);

    public Task<(BusinessSettingsSaveOutcome Outcome, BusinessSettings? Saved)> SaveAsync(BusinessSettings settings, CancellationToken ct)
    {
        string key = settings.BusinessId.ToLowerInvariant();
        all.TryGetValue(key, out BusinessSettings? stored);
        if (stored is not null && stored.TenantId != settings.TenantId)
        {
            return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.OwnedByAnotherTenant, null));
        }
        if ((stored?.Version ?? 0) != settings.Version)
        {
            return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.VersionConflict, null));
        }
        BusinessSettings saved = settings with { Version = settings.Version + 1 };
        all[key] = saved;
        return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.Saved, saved));
    }

    public Task<bool> RemoveAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(all.TryGetValue(businessId.ToLowerInvariant(), out BusinessSettings? s) && s.TenantId == tenantId
            && all.TryRemove(businessId.ToLowerInvariant(), out _));
}
