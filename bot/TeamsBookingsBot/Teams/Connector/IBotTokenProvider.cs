namespace TeamsBookingsBot.Teams.Connector;

/// <summary>Bearer tokens the bot presents to the Bot Connector (scope <see cref="BotOptions.ConnectorScope"/>).</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// True when no <c>MicrosoftAppId</c> is configured (local Agents Playground runs): requests go out
    /// without an Authorization header and <see cref="GetTokenAsync"/> must not be called.
    /// </summary>
    bool IsAnonymous { get; }

    /// <summary>
    /// A token valid for at least a few more minutes, from cache when possible. <paramref name="forceRefresh"/>
    /// bypasses every cache (ours and MSAL's); use it once after the Connector answered 401.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is anonymous.</exception>
    ValueTask<string> GetTokenAsync(bool forceRefresh, CancellationToken ct);
}
