namespace TeamsBookingsBot.Teams.Connector;

/// <summary>The service URL is not https on an allow-listed host (or allowed loopback); nothing was sent.</summary>
public sealed class ConnectorHostNotAllowedException(string host, string scheme)
    : Exception($"Refused to call the Connector at {scheme}://{host}: the host is not on Bot:OutboundHostAllowList "
        + "(https only; loopback needs Bot:AllowLoopbackServiceUrls). Nothing was sent.")
{
    public string Host { get; } = host;

    public string Scheme { get; } = scheme;
}
