using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Teams.Authentication;

/// <summary>
/// Decides whether an inbound activity really comes from the Teams channel (Bot Framework JWT rules).
/// The activity must already be parsed: the checks need its <c>channelId</c> and <c>serviceUrl</c>.
/// </summary>
public interface IBotAuthenticator
{
    /// <summary>
    /// Validates <paramref name="authorizationHeader"/> (the raw <c>Authorization</c> value) for <paramref name="activity"/>.
    /// A rejection is a value, not an exception; answer it with 401 and an empty body. Its reason is already logged.
    /// </summary>
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct);
}
