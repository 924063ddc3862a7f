using Microsoft.Extensions.Options;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// The zone dates are read in when Teams does not send the user's (<c>localTimezone</c>): the configured business's
/// (the first one when there are several; the sandbox's is added to the options when the sandbox is on), UTC when
/// none is configured. Zones come only from configuration, so this reads no store.
/// </summary>
internal sealed class BusinessTimeZone(IOptions<GraphOptions> graph)
{
    public TimeZoneInfo Zone => graph.Value.Businesses.Count > 0
        ? TimeZoneResolver.ResolveFirst(graph.Value.Businesses[0].TimeZone)
        : TimeZoneInfo.Utc;
}
