using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Scheduling;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// The app's real storage, Graph options, Quartz (persistent SQLite store) and sync wiring in a bare host over a
/// content root that outlives the host, so a second host is a restart; the Bookings source is a fake.
/// </summary>
internal sealed class SchedulingHost : IAsyncDisposable
{
    public const string Business = "salon@contoso.onmicrosoft.com";

    private readonly IHost host;

    private SchedulingHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public static async Task<SchedulingHost> StartAsync(string contentRoot, IBookingsSource source, int intervalMinutes = 15)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bot"] = "Data Source=" + Path.Combine(contentRoot, "bot.db"),
            ["Scheduling:InstanceName"] = "test-" + Path.GetFileName(contentRoot),
            ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
            ["Graph:Businesses:0:Id"] = Business,
            ["Graph:Businesses:0:TimeZone"] = "UTC",
            ["Graph:Businesses:0:SyncIntervalMinutes"] = intervalMinutes.ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(source);
        builder.AddStorage();
        builder.AddGraphBookings();
        builder.AddScheduling();
        builder.AddBookingSync();
        IHost host = builder.Build();
        await host.StartAsync();
        return new SchedulingHost(host);
    }

    public async Task<ISimpleTrigger> GetTriggerAsync()
    {
        IScheduler scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (ISimpleTrigger)(await scheduler.GetTrigger(BookingSyncJob.TriggerKeyFor(Business)))!;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
