using Microsoft.Extensions.Configuration.Memory;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Sandbox;

/// <summary>
/// The one extension point through which a host turns the sandbox on: the host calls <see cref="AddSandbox"/> and
/// <see cref="MapSandbox"/> only when it decided the sandbox is on. The bot is pointed at the sandbox through
/// <see cref="SandboxConfiguration"/>'s configuration defaults, the keys an admin would set, so no production type
/// knows the sandbox.
/// </summary>
public static class SandboxExtensions
{
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        // Lowest precedence: anything configured (appsettings, environment, command line, a test) still wins.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = SandboxConfiguration.Defaults(builder.Configuration),
        });
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section)
            .PostConfigure(o => o.Enabled = true);
        builder.AddSandboxGraph();
        builder.AddSandboxBusinessCentral();
        return builder;
    }

    public static WebApplication MapSandbox(this WebApplication app)
    {
        app.MapSandboxGraph();
        app.MapSandboxBusinessCentral();
        return app;
    }
}
