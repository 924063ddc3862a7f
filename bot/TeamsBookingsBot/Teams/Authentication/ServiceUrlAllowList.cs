namespace TeamsBookingsBot.Teams.Authentication;

/// <summary>The §2.5 outbound host rule, reused for Entra tokens that carry no <c>serviceurl</c> claim.</summary>
internal static class ServiceUrlAllowList
{
    public static bool IsAllowed(string serviceUrl, BotOptions options)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? uri))
        {
            return false;
        }
        if (uri.IsLoopback)
        {
            return options.AllowLoopbackServiceUrls;
        }
        return uri.Scheme == Uri.UriSchemeHttps && options.OutboundHostAllowList.Any(entry => HostMatches(uri.Host, entry));
    }

    private static bool HostMatches(string host, string entry) => entry.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase)
        : string.Equals(host, entry, StringComparison.OrdinalIgnoreCase);
}
