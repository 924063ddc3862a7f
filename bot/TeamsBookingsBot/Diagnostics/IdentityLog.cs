namespace TeamsBookingsBot.Diagnostics;

// Event ids 14xx: the app credentials Graph and Business Central are called with. Ids and sources only; never secrets.
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
        Message = "{Service} in tenant {TenantId} is called as app {ClientId} with {Source}")]
    public static partial void CredentialPicked(this ILogger logger, string service, string tenantId, string clientId, string source);
}
