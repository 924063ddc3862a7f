using System.Diagnostics;

namespace TeamsBookingsBot.Testing.Postgres;

/// <summary>
/// Runs the PostgreSQL binaries, which refuse to run as root: as root they run as the <c>postgres</c>
/// user through runuser, otherwise directly as the current user.
/// </summary>
internal static class PgProcess
{
    private static bool IsRoot => Environment.UserName == "root";

    public static async Task GiveToPostgresAsync(string directory)
    {
        if (IsRoot)
        {
            await ExecAsync("chown", ["-R", "postgres:postgres", directory]);
        }
    }

    public static Task RunAsync(string tool, params string[] args)
    {
        (string file, string[] all) = Command(tool, args);
        return ExecAsync(file, all);
    }

    /// <summary>
    /// Starts a process in its own session that outlives the test process, waits for it to exit, then stops
    /// the cluster and deletes its folder. Its output goes to /dev/null so nothing waits on its pipes.
    /// </summary>
    public static void StartReaper(int testProcessId, string dataDirectory, string root)
    {
        (string file, string[] args) = Command("pg_ctl", ["-D", dataDirectory, "-m", "immediate", "-w", "stop"]);
        string stop = string.Join(' ', new[] { file }.Concat(args).Select(Quote));
        string script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {testProcessId}; do sleep 0.2; done; {stop}; rm -rf {Quote(root)}";
        using Process reaper = Process.Start(StartInfo("setsid", ["sh", "-c", script]))
            ?? throw new InvalidOperationException("Could not start the PostgreSQL reaper.");
    }

    /// <summary>Best effort: used to clean up after dead test runs.</summary>
    public static void RunSync(string tool, params string[] args)
    {
        (string file, string[] all) = Command(tool, args);
        using Process? process = Process.Start(StartInfo(file, all));
        process?.WaitForExit(TimeSpan.FromSeconds(15));
    }

    private static (string File, string[] Args) Command(string tool, string[] args)
    {
        string path = Path.Combine(PostgresCluster.BinDirectory, tool);
        return IsRoot ? ("runuser", ["-u", "postgres", "--", path, .. args]) : (path, args);
    }

    private static async Task ExecAsync(string file, string[] args)
    {
        using Process process = Process.Start(StartInfo(file, args))
            ?? throw new InvalidOperationException($"Could not start {file}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(args.FirstOrDefault(a => a.StartsWith('/')) ?? file)} exited {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static ProcessStartInfo StartInfo(string file, string[] args)
    {
        ProcessStartInfo info = new(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }
}
