namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// A POST was sent but no response came back (timeout, connection dropped). The Connector may or may not
/// have posted the message, so it is not retried: a retry could post it twice (protocol spec §2.3).
/// </summary>
public sealed class ConnectorOutcomeUnknownException(string method, string host, Exception inner)
    : Exception($"Connector {method} to {host} was sent but its outcome is unknown; it was not retried.", inner)
{
    public string Method { get; } = method;

    public string Host { get; } = host;
}
