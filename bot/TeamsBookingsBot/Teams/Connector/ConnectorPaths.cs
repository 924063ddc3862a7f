using System.Text;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Builds Connector URLs (spec §2.2). Teams ids contain ':', '@', ';' and '=', so every segment is escaped;
/// the service URL may or may not end in '/' (Agents Playground omits it).
/// </summary>
public static class ConnectorPaths
{
    public static Uri Build(string serviceUrl, IReadOnlyList<string> segments, IReadOnlyList<KeyValuePair<string, string?>>? query = null)
    {
        // On Linux "/amer/" parses as an absolute file URI, so the scheme is checked too.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL is not an absolute http(s) URL.", nameof(serviceUrl));
        }
        if (!baseUri.AbsolutePath.EndsWith('/'))
        {
            baseUri = new UriBuilder(baseUri) { Path = baseUri.AbsolutePath + "/" }.Uri;
        }
        StringBuilder relative = new();
        foreach (string segment in segments)
        {
            // Escaping leaves '.' alone, and Uri would collapse "." and ".." segments into another path.
            if (string.IsNullOrEmpty(segment) || segment is "." or "..")
            {
                throw new ArgumentException($"'{segment}' is not a usable Connector path segment.", nameof(segments));
            }
            relative.Append(relative.Length == 0 ? "" : "/").Append(Uri.EscapeDataString(segment));
        }
        char separator = '?';
        foreach ((string key, string? value) in query ?? [])
        {
            if (value is not null)
            {
                relative.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }
        return new Uri(baseUri, relative.ToString());
    }
}
