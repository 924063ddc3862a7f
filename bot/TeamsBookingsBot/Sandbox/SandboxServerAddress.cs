using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TeamsBookingsBot.Sandbox;

/// <summary>
/// The app's own address, for clients that call the in-app sandboxes. Known only once Kestrel listens, so callers
/// ask on first use, never at start-up. Wildcard bindings are called on 127.0.0.1; http is preferred.
/// </summary>
internal static class SandboxServerAddress
{
    public static string Resolve(IServiceProvider services, string sandboxPath)
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
            ? throw new InvalidOperationException($"The sandbox address is not known yet (the server is not listening); it is served at {sandboxPath}.")
            : address.TrimEnd('/') + sandboxPath;
    }
}
