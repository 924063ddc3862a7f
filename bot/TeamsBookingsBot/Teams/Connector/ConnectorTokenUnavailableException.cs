namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// The bot could not get its own token for the Bot Connector, so nothing was sent. The provider has already logged
/// what to fix; the message names no secret and carries no credential error text.
/// </summary>
public sealed class ConnectorTokenUnavailableException(string failure)
    : Exception("The bot could not get its Bot Connector token: " + failure + ".")
{
    /// <summary>What went wrong, in a few words (e.g. "the token endpoint did not answer within 5 s").</summary>
    public string Failure { get; } = failure;
}
