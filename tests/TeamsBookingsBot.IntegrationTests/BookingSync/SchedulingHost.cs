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
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// The app's real storage, Graph options, Quartz (persistent SQLite store) and sync wiring in a bare host over a
/// content root that outlives the host, so a second host is a restart; the Bookings source is a fake. The app and
/// Quartz read the test's fake clock, so a restart "later" is a clock the test moved on.
/// </summary>
internal sealed class SchedulingHost : IAsyncDisposable
{
    public const string Business = "salon@contoso.onmicrosoft.com";

    private readonly IHost host;

    private SchedulingHost(IHost host, SyncJobsFinished syncs)
    {
        this.host = host;
        SyncsFinished = syncs.Finished;
    }

    public IServiceProvider Services => host.Services;

    /// <summary>Sync jobs that have finished (run recorded) in this host.</summary>
    public Observed<JobKey> SyncsFinished { get; }

    public static async Task<SchedulingHost> StartAsync(string contentRoot, IBookingsSource source, TimeProvider time, int intervalMinutes = 15)
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
        builder.Services.AddSingleton(time);
        var syncs = new SyncJobsFinished();
        builder.Services.AddSingleton<IJobListener>(syncs);
        builder.AddStorage();
        builder.AddGraphBookings();
        builder.AddScheduling();
        builder.AddBookingSync();
        IHost host = builder.Build();
        await host.StartAsync();
        return new SchedulingHost(host, syncs);
    }

    public async Task<ISimpleTrigger> GetTriggerAsync()
    {
        IScheduler scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (ISimpleTrigger)(await scheduler.GetTrigger(BookingSyncJob.TriggerKeyFor(Business)))!;
    }

    /// <summary>Stops the host; Quartz waits for a running sync to finish first.</summary>
    public Task StopAsync() => host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
