using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TeamsBookingsBot.Testing.Playground;

/// <summary>
/// Microsoft 365 Agents Playground (a local Teams emulator, the repository's tools/playground) running against a bot
/// endpoint. Always started through the tool's start.sh, which blocks telemetry and logs any non-loopback
/// connection to netguard.log; disposing stops it and fails if that log is not empty.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private const string ToolName = "playground";
    private readonly int _pid;

    private AgentsPlayground(int pid, Uri baseAddress, string toolDirectory, string logDirectory, TimeSpan startupTime)
    {
        _pid = pid;
        BaseAddress = baseAddress;
        ToolDirectory = toolDirectory;
        LogDirectory = logDirectory;
        StartupTime = startupTime;
    }

    public Uri BaseAddress { get; }

    public string ToolDirectory { get; }

    /// <summary>playground.out, playground-file.log and netguard.log of this run.</summary>
    public string LogDirectory { get; }

    /// <summary>From running start.sh until the playground answered its ping (packages already installed).</summary>
    public TimeSpan StartupTime { get; }

    public string NetguardLog => Path.Combine(LogDirectory, "netguard.log");

    /// <param name="botEndpoint">The bot's messaging endpoint, e.g. http://127.0.0.1:5123/api/messages.</param>
    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, CancellationToken ct = default)
    {
        string driver = Path.Combine(SharedPaths.RepoRoot, "tests", "TeamsBookingsBot.TestSupport", "Playground", "driver.mjs");
        string tool = await NodeToolFolder.PrepareAsync(ToolName, driver);
        string logs = Path.Combine(SharedPaths.RepoRoot, ".build", "playground-logs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(logs);
        // A port picked from the OS can be taken again before the playground binds it; start.sh then refuses.
        for (int attempt = 1; ; attempt++)
        {
            int port = FreeLoopbackPort();
            var stopwatch = Stopwatch.StartNew();
            ProcessStartInfo start = NodeProcess.StartInfo(
                "bash", tool, Path.Combine(tool, "start.sh"), botEndpoint.ToString(), port.ToString(), logs);
            start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(tool, "teams-ids.m365agentsplayground.yml");
            ProcessResult result = await RunStartScriptAsync(start, ct);
            if (result.ExitCode == 0 && int.TryParse(result.StandardOutput.Trim(), out int pid))
            {
                return new AgentsPlayground(pid, new Uri($"http://127.0.0.1:{port}"), tool, logs, stopwatch.Elapsed);
            }
            if (attempt == 3)
            {
                string output = File.Exists(Path.Combine(logs, "playground.out")) ? File.ReadAllText(Path.Combine(logs, "playground.out")) : "";
                throw new InvalidOperationException(
                    $"Agents Playground did not start (exit {result.ExitCode}): {result.StandardError}\n{output}");
            }
        }
    }

    /// <summary>Connects a scripted chat user (a node driver over the playground's own REST + websocket API).</summary>
    public Task<PlaygroundSession> OpenSessionAsync(CancellationToken ct = default) =>
        PlaygroundSession.StartAsync(ToolDirectory, BaseAddress, ct);

    /// <summary>Lines the netguard preload wrote: each one is a blocked or attempted non-loopback connection.</summary>
    public string ReadNetguardLog() => File.Exists(NetguardLog) ? File.ReadAllText(NetguardLog) : "";

    public async ValueTask DisposeAsync()
    {
        try
        {
            using Process process = Process.GetProcessById(_pid);
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (ArgumentException)
        {
            // Already exited: nothing to stop.
        }
        string netguard = ReadNetguardLog();
        if (netguard.Length > 0)
        {
            throw new InvalidOperationException("Agents Playground tried to reach a non-loopback address:\n" + netguard);
        }
        // A clean run's logs tell nothing; a failed start or a netguard hit keeps them for reading.
        Directory.Delete(LogDirectory, recursive: true);
    }

    private static async Task<ProcessResult> RunStartScriptAsync(ProcessStartInfo start, CancellationToken ct)
    {
        using Process process = NodeProcess.Start(start);
        // Read both pipes concurrently; the backgrounded playground writes to its own log files, not these.
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(ct);
        Task<string> stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
