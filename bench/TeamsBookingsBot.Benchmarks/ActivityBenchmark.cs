using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// The fixed cost of an activity: C conversations, each installed once, then posting "help" (a message, or the help
/// button's Action.Execute invoke) in a closed loop for D seconds against the real bot on Kestrel (unauthenticated
/// local mode, SQLite by default) with a loopback fake Connector. A reply's time runs from the POST to the moment the
/// help card reaches the Connector.
/// </summary>
internal sealed class ActivityBenchmark : IBenchmark
{
    public string Name => "activity";

    public string Description =>
        "C conversations post 'help' for D seconds: replies/s, p50/p95/p99 [--conversations 50] [--seconds 20] [--warmup 5] [--invoke] [--postgres <conn>]";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = ActivityBenchmarkOptions.Parse(args);
        await using var connector = await BenchmarkConnector.StartAsync(ct);
        string folder = Directory.CreateTempSubdirectory("tbb-bench-activity-").FullName;
        try
        {
            using BenchmarkBot bot = BenchmarkBot.Start(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Bot"] = options.Postgres ?? "Data Source=" + Path.Combine(folder, "bot.db"),
                ["Storage:Provider"] = options.Postgres is null ? "Sqlite" : "Postgres",
                ["Sandbox:Enabled"] = "true",
            });
            string address = bot.Address;
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations * 2 })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromSeconds(60),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"activity: {options.Conversations} conversations, {(options.Invoke ? "help invoke (Action.Execute)" : "help message")}, "
                + $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s, {(options.Postgres is null ? "SQLite" : "PostgreSQL")}, load {ReplyTimes.LoadAverage()}"));

            var client = new ActivityBenchmarkClient(http, connector, options.Invoke);
            await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(i => client.InstallAsync(i, ct)));
            Stopwatch clock = Stopwatch.StartNew();
            TimeSpan measureFrom = options.Warmup;
            TimeSpan until = options.Warmup + options.Duration;
            List<TimeSpan>[] perConversation = await Task.WhenAll(Enumerable.Range(0, options.Conversations)
                .Select(i => client.LoopAsync(i, clock, measureFrom, until, ct)));

            List<TimeSpan> latencies = [.. perConversation.SelectMany(l => l).Order()];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  replies {latencies.Count}, {latencies.Count / options.Duration.TotalSeconds:0} replies/s, "
                + $"p50 {ReplyTimes.Ms(latencies, 0.50)}, p95 {ReplyTimes.Ms(latencies, 0.95)}, p99 {ReplyTimes.Ms(latencies, 0.99)}, "
                + $"max {(latencies.Count == 0 ? 0 : latencies[^1].TotalMilliseconds):0.0} ms, failures {client.Failures}, load {ReplyTimes.LoadAverage()}"));
            return client.Failures == 0 && latencies.Count > 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
