using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Sandbox.Diagnostics;

/// <summary>Sandbox Graph server events (61xx, inside the sandbox's 6xxx range).</summary>
internal static partial class SandboxGraphLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning,
        Message = "Sandbox Graph throttled a request for {Mailbox}: {InFlight} in flight, more than 4")]
    public static partial void SandboxGraphThrottled(this ILogger logger, string mailbox, int inFlight);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information,
        Message = "Sandbox Graph answered a request for {Mailbox} with the injected fault {StatusCode}")]
    public static partial void SandboxGraphFaultInjected(this ILogger logger, string mailbox, int statusCode);
}
