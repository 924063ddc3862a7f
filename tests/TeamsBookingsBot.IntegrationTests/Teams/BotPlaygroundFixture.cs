using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TeamsBookingsBot.BookingSync;
using TeamsBookingsBot.Testing;
using TeamsBookingsBot.Testing.Playground;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// The real bot on Kestrel (loopback, free port) with Microsoft 365 Agents Playground pointed at it: a person in a
/// Teams chat, as close to Teams as this machine gets. Starting both takes a few seconds, so tests share one.
/// </summary>
public sealed class BotPlaygroundFixture : IAsyncLifetime, IDisposable
{
    private readonly SyncJobsFinished syncs = new();
    private BotApplicationFactory? app;
    private AgentsPlayground? playground;

    internal BotApplicationFactory App => app ?? throw new InvalidOperationException("Not started.");

    public AgentsPlayground Playground => playground ?? throw new InvalidOperationException("Not started.");

    /// <summary>Sandbox Bookings syncs the bot's scheduler has finished (the first starts with the bot).</summary>
    public Observed<JobKey> SyncsFinished => syncs.Finished;

    public async Task InitializeAsync()
    {
        app = new BotApplicationFactory { TestServices = services => services.AddSingleton<IJobListener>(syncs) };
        app.UseKestrel(0);
        app.StartServer();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
        playground = await AgentsPlayground.StartAsync(new Uri(address + "/api/messages"));
    }

    public async Task DisposeAsync()
    {
        // Disposing the playground fails if its network guard saw any non-loopback connection.
        if (playground is not null)
        {
            await playground.DisposeAsync();
        }
    }

    public void Dispose() => app?.Dispose();
}
