using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Setup;

/// <summary>The store's contract as the setup relies on it: versioned all-or-nothing saves, one tenant per mailbox.</summary>
internal sealed class InMemoryBusinessSettingsStore : IBusinessSettingsStore
{
    private readonly List<BusinessSettings> _stored = [];

    public int Saves { get; private set; }

    public Task<IReadOnlyList<BusinessSettings>> ListAsync(string tenantId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BusinessSettings>>([.. _stored.Where(s => s.TenantId == tenantId)]);

    public Task<IReadOnlyList<BusinessSettings>> ListAllAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BusinessSettings>>([.. _stored]);

    public Task<BusinessSettings?> FindAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(_stored.FirstOrDefault(s => s.TenantId == tenantId && Same(s.BusinessId, businessId)));

    public Task<(BusinessSettingsSaveOutcome Outcome, BusinessSettings? Saved)> SaveAsync(BusinessSettings settings, CancellationToken ct)
    {
        BusinessSettings? existing = _stored.FirstOrDefault(s => Same(s.BusinessId, settings.BusinessId));
        if (existing is not null && existing.TenantId != settings.TenantId)
        {
            return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.OwnedByAnotherTenant, null));
        }
        if ((existing?.Version ?? 0) != settings.Version)
        {
            return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.VersionConflict, null));
        }
        BusinessSettings saved = settings with { Version = settings.Version + 1 };
        if (existing is not null)
        {
            _stored.Remove(existing);
        }
        _stored.Add(saved);
        Saves++;
        return Task.FromResult<(BusinessSettingsSaveOutcome, BusinessSettings?)>((BusinessSettingsSaveOutcome.Saved, saved));
    }

    public Task<bool> RemoveAsync(string tenantId, string businessId, CancellationToken ct) =>
        Task.FromResult(_stored.RemoveAll(s => s.TenantId == tenantId && Same(s.BusinessId, businessId)) > 0);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
