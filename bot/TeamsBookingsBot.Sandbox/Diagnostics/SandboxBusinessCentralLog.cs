using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Sandbox.Diagnostics;

/// <summary>Sandbox Business Central events (62xx, inside the sandbox's 6xxx range).</summary>
internal static partial class SandboxBusinessCentralLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Information,
        Message = "Sandbox Business Central company {Company} seeded from the sandbox Bookings business {Business}: {Customers} customers, {Items} service items")]
    public static partial void BusinessCentralSandboxSeeded(this ILogger logger, string company, string business, int customers, int items);
}
