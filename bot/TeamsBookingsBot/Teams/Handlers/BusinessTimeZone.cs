using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// The zone dates are read in when Teams does not send the user's (<c>localTimezone</c>): the configured business's
/// (the first one when there are several), from the same catalog the cards use; UTC when none is configured.
/// </summary>
internal sealed class BusinessTimeZone(IBookingsBusinessCatalog catalog)
{
    public async Task<TimeZoneInfo> GetAsync(CancellationToken ct)
    {
        IReadOnlyList<BookingsBusiness> businesses = await catalog.ListAsync(ct);
        return businesses.Count > 0 ? TimeZoneResolver.ResolveFirst(businesses[0].TimeZoneId) : TimeZoneInfo.Utc;
    }
}
