using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// The zone dates are read in when Teams does not send the user's (<c>localTimezone</c>) and no business is named: the
/// zone of the tenant's first business (its stored settings), UTC when the tenant has none.
/// </summary>
internal sealed class BusinessTimeZone(IBookingsBusinessCatalog catalog)
{
    public async Task<TimeZoneInfo> ZoneAsync(string? tenantId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(tenantId))
        {
            return TimeZoneInfo.Utc;
        }
        IReadOnlyList<BookingsBusiness> businesses = await catalog.ListAsync(tenantId, ct);
        return businesses.Count > 0 ? TimeZoneResolver.ResolveFirst(businesses[0].TimeZoneId) : TimeZoneInfo.Utc;
    }
}
