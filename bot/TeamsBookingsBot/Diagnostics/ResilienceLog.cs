using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>Outbound retry events of every client (80xx). Host names only: paths can carry ids.</summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning,
        Message = "{Client} {Method} to {Host} answered {StatusCode}; retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void OutboundRetrying(
        this ILogger logger, Exception? exception, string client, string method, string host, int? statusCode, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning,
        Message = "{Client} {Method} to {Host} answered {StatusCode} with Retry-After {RetryAfterMs} ms, beyond the {MaxRetryAfterMs} ms limit; not retrying")]
    public static partial void OutboundRetryAfterTooLong(
        this ILogger logger, string client, string method, string host, int statusCode, long retryAfterMs, long maxRetryAfterMs);
}
