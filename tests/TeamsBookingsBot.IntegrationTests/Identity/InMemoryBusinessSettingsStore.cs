using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Identity;

/// <summary>Businesses and their tenants for tests of what is signed in where; saves are plain replacements.</summary>
internal sealed class InMemoryBusinessSettingsStore(params BusinessSettings[] businesses) : IBusinessSettingsStore
{
    private readonly List<BusinessSettings> _all = [.. businesses];

    public Task<IReadOnlyList<BusinessSettings>> ListAsync(string tenantId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BusinessSettings>>([.. _all.Where(b => string.Equals(b.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))]);

    public Task<IReadOnlyList<BusinessSettings>> ListAllAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BusinessSettings>>([.. _all]);

    public Task<BusinessSettings?> FindAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(_all.FirstOrDefault(b => string.Equals(b.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(b.BusinessId, businessId, StringComparison.OrdinalIgnoreCase)));

    public Task<(BusinessSettingsSaveOutcome Outcome, BusinessSettings? Saved)> SaveAsync(BusinessSettings settings, CancellationToken ct)
    {
        _all.RemoveAll(b => string.Equals(b.BusinessId, settings.BusinessId, StringComparison.OrdinalIgnoreCase));
        BusinessSettings saved = settings with { Version = settings.Version + 1 };
        _all.Add(saved);
        return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.Saved, saved));
    }

    public Task<bool> RemoveAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(_all.RemoveAll(b => string.Equals(b.BusinessId, businessId, StringComparison.OrdinalIgnoreCase)) > 0);
}
