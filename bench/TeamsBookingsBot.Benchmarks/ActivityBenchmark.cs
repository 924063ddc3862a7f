using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// The fixed cost of an activity: C conversations, each installed once, then posting "help" (a message, or the help
/// button's Action.Execute invoke) in a closed loop for D seconds against the real bot on Kestrel (unauthenticated
/// local mode, SQLite by default) with a loopback fake Connector. A reply's time runs from the POST to the moment the
/// help card reaches the Connector. (The factory is keyed by a type of the bot's assembly: this project has a Program too.)
/// </summary>
internal sealed class ActivityBenchmark : IBenchmark
{
    public string Name => "activity";

    public string Description =>
        "C conversations post 'help' for D seconds: replies/s, p50/p95/p99 [--conversations 50] [--seconds 20] [--warmup 5] [--invoke] [--postgres <conn>]";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = ActivityBenchmarkOptions.Parse(args);
        await using var connector = await ActivityBenchmarkConnector.StartAsync(ct);
        string folder = Directory.CreateTempSubdirectory("tbb-bench-activity-").FullName;
        try
        {
            using WebApplicationFactory<BotMessageEndpoint> bot = StartBot(folder, options);
            string address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations * 2 })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromSeconds(60),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"activity: {options.Conversations} conversations, {(options.Invoke ? "help invoke (Action.Execute)" : "help message")}, "
                + $"{options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s, {(options.Postgres is null ? "SQLite" : "PostgreSQL")}, load {LoadAverage()}"));

            var client = new ActivityBenchmarkClient(http, connector, options.Invoke);
            await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(i => client.InstallAsync(i, ct)));
            Stopwatch clock = Stopwatch.StartNew();
            TimeSpan measureFrom = options.Warmup;
            TimeSpan until = options.Warmup + options.Duration;
            List<TimeSpan>[] perConversation = await Task.WhenAll(Enumerable.Range(0, options.Conversations)
                .Select(i => client.LoopAsync(i, clock, measureFrom, until, ct)));

            List<double> latencies = [.. perConversation.SelectMany(l => l).Select(l => l.TotalMilliseconds).Order()];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  replies {latencies.Count}, {latencies.Count / options.Duration.TotalSeconds:0} replies/s, "
                + $"p50 {Percentile(latencies, 0.50):0.0} ms, p95 {Percentile(latencies, 0.95):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, "
                + $"max {(latencies.Count == 0 ? 0 : latencies[^1]):0.0} ms, failures {client.Failures}, load {LoadAverage()}"));
            return client.Failures == 0 && latencies.Count > 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static WebApplicationFactory<BotMessageEndpoint> StartBot(string folder, ActivityBenchmarkOptions options)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bot"] = options.Postgres ?? "Data Source=" + Path.Combine(folder, "bot.db"),
            ["Storage:Provider"] = options.Postgres is null ? "Sqlite" : "Postgres",
            ["Sandbox:Enabled"] = "true",
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:AllowLoopbackServiceUrls"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Scheduling:InstanceName"] = "bench-" + Guid.NewGuid().ToString("N"),
            ["urls"] = "http://127.0.0.1:0",
        };
        // The bot's own folder is its content root (appsettings.json), as with `dotnet run`.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TEAMSBOOKINGSBOT", BotProjectFolder());
        var factory = new WebApplicationFactory<BotMessageEndpoint>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            foreach ((string key, string? value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static string BotProjectFolder()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "bot", "TeamsBookingsBot");
            if (File.Exists(Path.Combine(candidate, "TeamsBookingsBot.csproj")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmark from a clone of the repository: bot/TeamsBookingsBot was not found above " + AppContext.BaseDirectory);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
