namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Decides whether a Connector request (and so our bearer token) may go to a URL. The SDK trusts any
/// <c>serviceUrl</c> from an authenticated activity; we also refuse hosts off <see cref="BotOptions.OutboundHostAllowList"/>
/// so a bug or a forged activity cannot make us hand the token to someone else.
/// </summary>
public sealed class ConnectorHostPolicy(IReadOnlyList<string> allowList, bool allowLoopback)
{
    public static ConnectorHostPolicy From(BotOptions options) =>
        new([.. options.OutboundHostAllowList], options.AllowLoopbackServiceUrls);

    public bool IsAllowed(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }
        if (allowLoopback && IsLoopback(uri))
        {
            return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }
        string host = uri.IdnHost;
        return allowList.Any(pattern => Matches(host, pattern));
    }

    /// <summary>"*.x" matches any subdomain of x (not x itself); anything else matches exactly, ignoring case.</summary>
    public static bool Matches(string host, string pattern)
    {
        host = host.TrimEnd('.');
        pattern = pattern.Trim().TrimEnd('.');
        if (host.Length == 0 || pattern.Length == 0)
        {
            return false;
        }
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            string suffix = pattern[1..];
            return suffix.Length > 1
                && host.Length > suffix.Length
                && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        }
        return string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }

    // Only the literal loopback names: a DNS name that merely resolves to 127.0.0.1 is not trusted.
    private static bool IsLoopback(Uri uri) =>
        uri.HostNameType switch
        {
            UriHostNameType.Dns => string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase),
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => uri.IsLoopback,
            _ => false,
        };
}
