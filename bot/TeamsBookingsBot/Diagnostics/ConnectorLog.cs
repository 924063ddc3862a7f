using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Diagnostics;

// Event ids 12xx: outbound Bot Connector calls and their tokens. Hosts and statuses only; never tokens or bodies.
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug,
        Message = "Connector {Method} to {Host} answered {StatusCode} on attempt {Attempt}")]
    public static partial void ConnectorResponded(this ILogger logger, string method, string host, int statusCode, int attempt);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning,
        Message = "Connector {Method} to {Host} answered 401 on attempt {Attempt}; refreshing the token and retrying once")]
    public static partial void ConnectorUnauthorizedRefreshing(this ILogger logger, string method, string host, int attempt);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Error,
        Message = "Refused Connector {Method} to {Scheme}://{Host}: not an allowed outbound host; nothing was sent")]
    public static partial void ConnectorHostRefused(this ILogger logger, string method, string scheme, string host);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning,
        Message = "Connector {Method} to {Host} failed on attempt {Attempt} with an unknown outcome; not retried")]
    public static partial void ConnectorOutcomeUnknown(this ILogger logger, string method, string host, int attempt, Exception exception);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Warning,
        Message = "Connector {Method} to {Host} failed with {StatusCode} ({ErrorCode}) on attempt {Attempt}")]
    public static partial void ConnectorFailed(this ILogger logger, string method, string host, int statusCode, string? errorCode, int attempt);

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information,
        Message = "Acquired a Connector token for a {AppType} bot, expiring {ExpiresOn:o}")]
    public static partial void ConnectorTokenAcquired(this ILogger logger, BotAppType appType, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Error,
        Message = "The bot could not get its Bot Connector token ({Failure}), so it cannot answer in Teams. Check MicrosoftAppId ({AppId}), "
            + "MicrosoftAppPassword or MicrosoftAppCertificatePath, and MicrosoftAppTenantId ({TenantId}) of this {AppType} bot, and that {Authority} can be reached")]
    public static partial void ConnectorTokenFailed(this ILogger logger, string failure, string appId, string tenantId, BotAppType appType, string authority);
}
