using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TeamsBookingsBot.Hosting;

/// <summary>
/// The app's own address, for a base URL configured as a path (e.g. <c>Graph:BaseUrl = /sandbox/graph/v1.0</c>):
/// an endpoint this app serves itself. Known only once Kestrel listens, so callers ask on first use, never at
/// start-up. Wildcard bindings are called on 127.0.0.1; http is preferred.
/// </summary>
internal static class AppAddress
{
    /// <summary>True for a base URL that is a path on this app rather than an absolute URL.</summary>
    public static bool IsAppRelative(string? baseUrl) => baseUrl is ['/', not '/', ..];

    public static string Resolve(IServiceProvider services, string path)
    {
        string? address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => a.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://localhost", "://127.0.0.1", StringComparison.OrdinalIgnoreCase))
            .Where(a => !a.EndsWith(":0", StringComparison.Ordinal))
            .OrderBy(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .FirstOrDefault();
        return address is null
            ? throw new InvalidOperationException($"This app's own address is not known yet (the server is not listening); {path} is served on it.")
            : address.TrimEnd('/') + path;
    }
}
