using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Testing.Postgres;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// "show uninvoiced bookings" at a store size: the bot's own sandbox Graph generating N appointments
/// (Sandbox:AppointmentCount), one sync, then C conversations posting the command and paging through the card for D
/// seconds against the real endpoint with a loopback fake Connector, on SQLite and on a throwaway PostgreSQL 15
/// cluster side by side. Prints replies/s and p50/p95/p99 per run, and p99(largest N) / p99(smallest N) per store.
/// </summary>
internal sealed class ListBenchmark : IBenchmark
{
    public string Name => "list";

    public string Description => "C conversations list and page uninvoiced bookings for D seconds at N appointments, SQLite and PostgreSQL " + ListBenchmarkOptions.Usage;

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        ListBenchmarkOptions options = ListBenchmarkOptions.Parse(args);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"list: {options.Conversations} conversations, 'show uninvoiced bookings' then up to {options.PagesPerList} x Next, {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s per run, load {ReplyTimes.LoadAverage()}"));
        await using BenchmarkConnector connector = await BenchmarkConnector.StartAsync(ct);
        // The process's first run pays for JIT tiering and connection pools; at 2 cores that lasts beyond a run's own
        // warm-up, and would count against whichever size runs first.
        ListBenchmarkResult warmup = await RunOnceAsync(connector, options.Stores[0], options.AppointmentCounts.Min(), options, ct);
        Console.WriteLine("warm-up run, not counted: " + warmup.Line());
        var results = new List<ListBenchmarkResult>();
        foreach (string store in options.Stores)
        {
            foreach (int count in options.AppointmentCounts)
            {
                ListBenchmarkResult result = await RunOnceAsync(connector, store, count, options, ct);
                Console.WriteLine(result.Line());
                results.Add(result);
            }
        }
        Console.WriteLine();
        Console.WriteLine(ListBenchmarkResult.Table(results, options.AppointmentCounts));
        return results.All(r => r.Failures == 0 && r.All.Count > 0) ? 0 : 1;
    }

    private static async Task<ListBenchmarkResult> RunOnceAsync(
        BenchmarkConnector connector, string store, int count, ListBenchmarkOptions options, CancellationToken ct)
    {
        string folder = Directory.CreateTempSubdirectory("tbb-bench-list-").FullName;
        try
        {
            string connection = store == "postgres"
                ? await (await PostgresCluster.GetAsync()).CreateDatabaseAsync(ct)
                : "Data Source=" + Path.Combine(folder, "bot.db");
            using BenchmarkBot bot = BenchmarkBot.Start(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Bot"] = connection,
                ["Storage:Provider"] = store == "postgres" ? "Postgres" : "Sqlite",
                ["Sandbox:Enabled"] = "true",
                ["Sandbox:AppointmentCount"] = count.ToString(CultureInfo.InvariantCulture),
                // The sandbox spreads them over 35 days back and 7 ahead: a window of 7 ahead syncs nearly all into the store.
                ["Graph:SyncWindowDaysAhead"] = "7",
            });
            BookingSyncStatus sync = await FirstSyncAsync(bot.Services, ct);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations * 2 })
            {
                BaseAddress = new Uri(bot.Address),
                Timeout = TimeSpan.FromSeconds(60),
            };
            ListBenchmarkConversation[] conversations =
                [.. Enumerable.Range(0, options.Conversations).Select(i => new ListBenchmarkConversation(http, connector, i, options.PagesPerList))];
            await Task.WhenAll(conversations.Select(c => c.InstallAsync(ct)));
            Stopwatch clock = Stopwatch.StartNew();
            await Task.WhenAll(conversations.Select(c => c.RunAsync(clock, options.Warmup, options.Warmup + options.Duration, ct)));
            using var self = Process.GetCurrentProcess();
            return new ListBenchmarkResult(store, count, sync, options.Duration,
                [.. conversations.SelectMany(c => c.ListReplies)], [.. conversations.SelectMany(c => c.PageReplies)],
                conversations.Sum(c => c.Failures), self.WorkingSet64, ReplyTimes.LoadAverage());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sync the bot starts on its own at start-up, waited for (the list would otherwise wait for it).</summary>
    private static async Task<BookingSyncStatus> FirstSyncAsync(IServiceProvider services, CancellationToken ct)
    {
        var status = services.GetRequiredService<IBookingSyncStatusReader>();
        var watcher = services.GetRequiredService<IBookingSyncWatcher>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromMinutes(10));
        BookingSyncStatus? synced;
        while ((synced = await status.GetLastSuccessAsync(SandboxBookingsData.Mailbox, limit.Token)) is null)
        {
            try
            {
                // Another node may run it (the status says so); in this process the watcher tells at once.
                await watcher.NextFinishAsync(SandboxBookingsData.Mailbox, limit.Token).WaitAsync(TimeSpan.FromSeconds(1), limit.Token);
            }
            catch (TimeoutException)
            {
                // read the status again
            }
        }
        return synced;
    }
}
