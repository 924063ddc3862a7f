namespace TeamsBookingsBot.Diagnostics;

// 11xx: inbound Bot Framework authentication. Never log tokens; rejection reasons are fixed phrases.
internal static partial class TeamsAuthLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Inbound activity {ActivityId} rejected: {Reason}")]
    public static partial void ActivityRejected(this ILogger logger, string? activityId, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Inbound activity {ActivityId} authenticated ({TokenKind} token)")]
    public static partial void ActivityAuthenticated(this ILogger logger, string? activityId, string tokenKind);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Signing keys from {MetadataUrl} are unavailable; rejecting until they load")]
    public static partial void SigningKeysUnavailable(this ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Refreshing signing keys from {MetadataUrl} for unknown key id {KeyId}")]
    public static partial void SigningKeysRefreshing(this ILogger logger, string metadataUrl, string keyId);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Refreshing signing keys from {MetadataUrl} failed; keeping the keys we had")]
    public static partial void SigningKeysRefreshFailed(this ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Debug, Message = "Unknown key id {KeyId}: keys were refreshed less than {Interval} ago, not refreshing again")]
    public static partial void SigningKeysRefreshThrottled(this ILogger logger, string keyId, TimeSpan interval);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Entra-issued tokens are accepted from {CallerCount} caller app id(s) of tenant {TenantId}")]
    public static partial void EntraCallersEnabled(this ILogger logger, int callerCount, string tenantId);
}
