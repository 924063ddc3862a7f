using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Hosting;

/// <summary>The bot started as a user starts it (its own process, console output): it says what to do next.</summary>
public sealed partial class StartupConsoleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_Development_PrintsTheStartPagesNextStepAfterNowListening()
    {
        string folder = Directory.CreateTempSubdirectory("tbb-console-").FullName;
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        // What the README's run command gets from the "local" launch profile.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Bot__AllowUnauthenticated"] = "true";
        start.Environment["Bot__AllowLoopbackServiceUrls"] = "true";
        start.Environment["ConnectionStrings__Bot"] = "Data Source=" + Path.Combine(folder, "bot.db");
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using Process process = Process.Start(start)!;
        try
        {
            _ = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Patience);
            string? listening = null;
            string? hint = null;
            while (hint is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (NowListening().Match(line) is { Success: true } match)
                {
                    listening ??= match.Groups["origin"].Value;
                }
                else if (line.Contains("The bot is running: open ", StringComparison.Ordinal))
                {
                    hint = line;
                }
            }

            Assert.NotNull(listening);
            Assert.NotNull(hint);
            Assert.Contains($"open {listening}/ for how to talk to it", hint, StringComparison.Ordinal);
            string command = $"tools/playground/start.sh {listening}/api/messages 56150 /tmp/playground-logs > /tmp/playground.pid";
            Assert.Contains("npm ci --prefix tools/playground && " + command, hint, StringComparison.Ordinal);
            Assert.Contains("stop it with kill \"$(cat /tmp/playground.pid)\"", hint, StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = new Uri(listening) };
            Assert.Contains(command, System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("/")), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<origin>http://\S+)")]
    private static partial Regex NowListening();
}
