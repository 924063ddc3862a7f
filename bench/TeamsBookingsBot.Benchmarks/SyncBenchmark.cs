using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Scheduling;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// SyncBookings over the real Graph SDK pipeline against the sandbox Graph on Kestrel (50 ms per call, 429 above four
/// in flight per mailbox), into SQLite. Every run is set against the true floor, ceil(calls / 4) x latency: the sync
/// overlaps list pages, GETs and reference lists in the mailbox's four slots, so no run of those calls can be faster.
/// Beside it, two baselines: the fair one (list every page, then the GETs four at a time) and the strictly serial one
/// (one call after another); then a re-sync with no changes.
/// </summary>
internal sealed class SyncBenchmark : IBenchmark
{
    private const int Appointments = 2000;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(50);

    public string Name => "sync";

    public string Description => "Bookings sync of 2,000 appointments (half without customers on the list) at 50 ms per Graph call";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);
        var api = new SandboxGraphApi(SandboxBookingsData.Generate(today, appointmentCount: Appointments), TimeProvider.System, NullLogger<SandboxGraphApi>.Instance)
        {
            Latency = Latency,
        };
        await using WebApplication server = await StartSandboxAsync(api, ct);
        string root = Directory.CreateTempSubdirectory("tbb-bench-sync-").FullName;
        try
        {
            using IHost host = BuildHost(server, root);
            await host.Services.GetRequiredService<StorageMigrator>().MigrateAsync(ct);
            SyncBookings sync = host.Services.GetRequiredService<SyncBookings>();
            IBookingsSource source = host.Services.GetRequiredService<IBookingsSource>();
            string mailbox = SandboxBookingsData.Mailbox;
            Console.WriteLine($"sync: {Appointments} appointments, {api.Data.Appointments.Count(a => api.Data.HidesCustomersOnLists(a.AppointmentId))} without customers on the list, {Latency.TotalMilliseconds} ms per call, 4 per mailbox");

            var (first, firstWall) = await MeasureAsync(() => sync.RunAsync(mailbox, ct));
            Report("SyncBookings", firstWall, api, first.Succeeded ? null : first.Error);

            api.Counters.Reset();
            var (_, fairWall) = await MeasureAsync(() => ListThenFetchAsync(source, mailbox, SandboxGraphApi.ConcurrencyLimit, ct));
            Report("fair baseline (list, then 4 GETs at a time)", fairWall, api, null);

            api.Counters.Reset();
            var (_, serialWall) = await MeasureAsync(() => ListThenFetchAsync(source, mailbox, 1, ct));
            Report("serial baseline (list, then 1 GET at a time)", serialWall, api, null);

            api.Counters.Reset();
            var (again, againWall) = await MeasureAsync(() => sync.RunAsync(mailbox, ct));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"re-sync, no changes: {againWall.TotalMilliseconds:0} ms, calendarView pages {api.Counters.Requests("calendarView")}, per-appointment GETs {api.Counters.Requests("appointment")}, other lists {api.Counters.Requests("business") + api.Counters.Requests("services") + api.Counters.Requests("customers") + api.Counters.Requests("staffMembers")}, unchanged {again.Counts.Unchanged}, 429s {api.Counters.ThrottledResponses}"));
            return first.Succeeded && again.Succeeded ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// What a first version would do: list every page, then GET each appointment listed without customers,
    /// <paramref name="parallel"/> at a time (1: strictly serial; 4: what the mailbox allows).
    /// </summary>
    private static async Task<int> ListThenFetchAsync(IBookingsSource source, string mailbox, int parallel, CancellationToken ct)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        IReadOnlyList<Booking> listed = await source.ListAppointmentsAsync(mailbox, now.AddDays(-35), now.AddDays(1), ct);
        int fetched = 0;
        await Parallel.ForEachAsync(listed.Where(b => b.Customers.Count == 0), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (booking, token) =>
            {
                if (await source.GetAppointmentAsync(mailbox, booking.AppointmentId, token) is not null)
                {
                    Interlocked.Increment(ref fetched);
                }
            });
        return fetched;
    }

    /// <summary>A run's wall time against the floor of the calls it made (429s cost no latency and are left out).</summary>
    private static void Report(string label, TimeSpan wall, SandboxGraphApi api, string? error)
    {
        int pages = api.Counters.Requests("calendarView");
        int gets = api.Counters.Requests("appointment");
        int calls = api.Counters.TotalRequests - api.Counters.ThrottledResponses;
        double floorMs = Math.Ceiling(calls / (double)SandboxGraphApi.ConcurrencyLimit) * Latency.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: wall {wall.TotalMilliseconds:0} ms, floor {floorMs:0} ms (ceil({calls} calls / 4) x {Latency.TotalMilliseconds:0} ms; {pages} list pages, {gets} GETs, {calls - pages - gets} reference-list calls), ratio to floor {wall.TotalMilliseconds / floorMs:0.000}, 429s {api.Counters.ThrottledResponses}, max in flight {api.Counters.MaxInFlight(SandboxBookingsData.Mailbox)}{(error is null ? "" : ", FAILED: " + error)}"));
    }

    private static async Task<(T Result, TimeSpan Wall)> MeasureAsync<T>(Func<Task<T>> run)
    {
        long started = Stopwatch.GetTimestamp();
        T result = await run();
        return (result, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<WebApplication> StartSandboxAsync(SandboxGraphApi api, CancellationToken ct)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        api.Map(app, "/sandbox/graph");
        await app.StartAsync(ct);
        return app;
    }

    private static IHost BuildHost(WebApplication server, string root)
    {
        string origin = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = root });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bot"] = "Data Source=" + Path.Combine(root, "bot.db"),
            ["Graph:BaseUrl"] = origin + "/sandbox/graph/v1.0",
            ["Graph:Businesses:0:Id"] = SandboxBookingsData.Mailbox,
            ["Graph:Businesses:0:TimeZone"] = SandboxBookingsData.TimeZoneId,
        });
        builder.Logging.ClearProviders();
        builder.AddStorage();
        builder.AddGraphBookings();
        builder.Services.AddBookingSyncServices();
        return builder.Build();
    }
}
