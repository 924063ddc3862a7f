using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Sandbox;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// The sandbox and the bot's Graph wiring only (AddSandbox, AddGraphBookings: the real SDK, the per-mailbox gate,
/// the resilience pipeline) on Kestrel at 127.0.0.1, on a fake clock, with the sandbox dated Wed 18 Nov 2026.
/// </summary>
internal static class SandboxGraphApp
{
    public static async Task<WebApplication> StartAsync(IDictionary<string, string?>? settings = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:Date"] = "2026-11-18" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Teams.BotApplicationFactory.Now));
        builder.AddSandbox();
        builder.AddGraphBookings();
        WebApplication app = builder.Build();
        app.MapSandbox();
        await app.StartAsync();
        return app;
    }
}
