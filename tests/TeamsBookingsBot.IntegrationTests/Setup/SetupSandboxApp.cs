using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Sandbox;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// The sandbox Graph and Business Central plus the bot's real Graph and BC clients and the setup services
/// (AddConnectionSetup), on Kestrel at 127.0.0.1, on a fake clock, with the sandbox dated Wed 18 Nov 2026.
/// </summary>
internal static class SetupSandboxApp
{
    public static async Task<WebApplication> StartAsync(Dictionary<string, string?>? settings = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:Date"] = "2026-11-18" });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Teams.BotApplicationFactory.Now));
        builder.AddSandbox();
        builder.AddGraphBookings();
        builder.AddBusinessCentral();
        builder.AddConnectionSetup();
        WebApplication app = builder.Build();
        app.MapSandbox();
        await app.StartAsync();
        return app;
    }
}
