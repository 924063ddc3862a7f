using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Identity;

/// <summary>
/// The tenant a Bookings business belongs to (its stored settings), so its Graph and Business Central calls sign in
/// there. A business belongs to one tenant for good (the store refuses it to another), so a found tenant is kept;
/// an unknown business is asked again next time. Without a settings store (hosts that wire Graph alone) every
/// business is of the configured tenant.
/// </summary>
public sealed class BusinessTenantLookup(IBusinessSettingsStore? settings)
{
    private readonly ConcurrentDictionary<string, string> _tenants = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the business is not stored: the caller uses the configured tenant.</summary>
    public async Task<string?> TenantOfAsync(string businessId, CancellationToken ct)
    {
        if (_tenants.TryGetValue(businessId, out string? known))
        {
            return known;
        }
        if (settings is null)
        {
            return null;
        }
        IReadOnlyList<BusinessSettings> all = await settings.ListAllAsync(ct);
        foreach (BusinessSettings business in all)
        {
            _tenants.TryAdd(business.BusinessId, business.TenantId);
        }
        return _tenants.GetValueOrDefault(businessId);
    }
}
