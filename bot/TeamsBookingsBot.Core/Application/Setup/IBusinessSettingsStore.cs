namespace TeamsBookingsBot.Application.Setup;

/// <summary>The stored setup of every tenant's Bookings businesses. Every read but <see cref="ListAllAsync"/> is scoped by tenant.</summary>
public interface IBusinessSettingsStore
{
    Task<IReadOnlyList<BusinessSettings>> ListAsync(string tenantId, CancellationToken ct);

    /// <summary>Every tenant's businesses: for the scheduler and the sync, which act for no one user.</summary>
    Task<IReadOnlyList<BusinessSettings>> ListAllAsync(CancellationToken ct);

    /// <summary>Null when <paramref name="businessId"/> (case-insensitive) is not a business of <paramref name="tenantId"/>.</summary>
    Task<BusinessSettings?> FindAsync(string tenantId, string businessId, CancellationToken ct);

    /// <summary>
    /// Stores all of <paramref name="settings"/> or nothing, if the stored version is still <see cref="BusinessSettings.Version"/>
    /// (0: not stored yet). The saved record has the next version and clears <see cref="BusinessSettings.FromConfiguration"/>
    /// for the fields that differ from the configured values.
    /// </summary>
    Task<(BusinessSettingsSaveOutcome Outcome, BusinessSettings? Saved)> SaveAsync(BusinessSettings settings, CancellationToken ct);

    Task<bool> RemoveAsync(string tenantId, string businessId, CancellationToken ct);
}
