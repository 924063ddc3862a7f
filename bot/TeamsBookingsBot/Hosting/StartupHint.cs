using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TeamsBookingsBot.Hosting;

/// <summary>Once the server listens (after "Now listening on"), logs the start page's next step with the real address.</summary>
internal static class StartupHint
{
    public static void LogWhenListening(WebApplication app, ILogger logger) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            string? address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is null || !logger.IsEnabled(LogLevel.Information))
            {
                return; // an in-memory test server (nobody reads a console), or the log level hides it
            }
            string origin = NextStep.LocalOrigin(address);
            string services = NextStep.Services(app.Services.GetRequiredService<SandboxMode>().Enabled);
            string start = NextStep.PlaygroundStart(origin);
            HostingLog.NextStep(logger, origin, services, NextStep.PlaygroundInstall, start, NextStep.PlaygroundPage, NextStep.PlaygroundStop);
        });
}
