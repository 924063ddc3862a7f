using System.ComponentModel;
using System.Diagnostics;

namespace TeamsBookingsBot.Testing;

/// <summary>Runs node and npm for the Node-based test tools, with a clear failure when they are missing.</summary>
public static class NodeProcess
{
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, params IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }

    public static Process Start(ProcessStartInfo info)
    {
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{info.FileName}' was not found on PATH. The card and playground tests need Node.js 20 or later with npm " +
                "(https://nodejs.org, or 'apt-get install nodejs npm').", ex);
        }
    }

    public static async Task<ProcessResult> RunAsync(
        string fileName, string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        using Process process = Start(StartInfo(fileName, workingDirectory, arguments));
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeoutCts.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(timeoutCts.Token);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
