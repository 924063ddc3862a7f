using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TeamsBookingsBot.Testing;

/// <summary>
/// A copy of a Node tool from the repository's tools/ under &lt;repo&gt;/.build, with its packages installed once
/// per test run, so a test run leaves the committed tool folder (and a developer's own install in it) untouched.
/// Test processes run in parallel (one per test assembly), so a named mutex serialises the copy and <c>npm ci</c>;
/// a stamp of package-lock.json skips repeat installs.
/// </summary>
public static class NodeToolFolder
{
    private const string StampFile = ".teamsbookingsbot-package-lock.sha256";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Prepared = new(StringComparer.Ordinal);

    /// <summary>Returns the prepared folder, e.g. &lt;repo&gt;/.build/teams-check.</summary>
    /// <param name="extraFiles">Files copied into the folder as well (e.g. a driver script beside the tool's client).</param>
    public static Task<string> PrepareAsync(string toolName, params string[] extraFiles) =>
        Prepared.GetOrAdd(toolName, name => new Lazy<Task<string>>(() => PrepareOnceAsync(name, extraFiles))).Value;

    // A waiter blocks on the mutex (no polling); a mutex belongs to the thread that took it, so the whole preparation
    // runs on one dedicated thread.
    private static Task<string> PrepareOnceAsync(string toolName, string[] extraFiles) =>
        Task.Factory.StartNew(() => PrepareUnderLock(toolName, extraFiles), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static string PrepareUnderLock(string toolName, string[] extraFiles)
    {
        string source = Path.Combine(SharedPaths.Tools, toolName);
        string target = Path.Combine(SharedPaths.RepoRoot, ".build", toolName);
        using var mutex = new Mutex(false, MutexName(target));
        try
        {
            if (!mutex.WaitOne(LockTimeout))
            {
                throw new TimeoutException($"Another test process held {target} for over {LockTimeout}.");
            }
        }
        catch (AbandonedMutexException)
        {
            // Its holder died and this thread owns the mutex now; the stamp check below redoes an unfinished install.
        }
        try
        {
            CopyChanged(source, target);
            foreach (string extra in extraFiles)
            {
                CopyIfChanged(extra, Path.Combine(target, Path.GetFileName(extra)));
            }
            InstallPackagesOnce(target);
            return target;
        }
        finally
        {
            mutex.ReleaseMutex();
        }
    }

    private static void InstallPackagesOnce(string target)
    {
        string lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(target, "package-lock.json"))));
        string stamp = Path.Combine(target, "node_modules", StampFile);
        if (File.Exists(stamp) && File.ReadAllText(stamp) == lockHash)
        {
            return;
        }
        ProcessResult npm = NodeProcess.RunAsync("npm", target, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5), CancellationToken.None)
            .GetAwaiter().GetResult();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {target} (exit {npm.ExitCode}):\n{npm.StandardError}");
        }
        File.WriteAllText(stamp, lockHash);
    }

    /// <summary>One name per tool folder, shared by every test process of this checkout.</summary>
    private static string MutexName(string target) =>
        "Global\\TeamsBookingsBot-" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(target)))[..32];

    private static void CopyChanged(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source))
        {
            CopyIfChanged(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (string directory in Directory.EnumerateDirectories(source))
        {
            string name = Path.GetFileName(directory);
            if (name is not ("node_modules" or "logs"))
            {
                CopyChanged(directory, Path.Combine(target, name));
            }
        }
    }

    private static void CopyIfChanged(string from, string to)
    {
        if (File.Exists(to) && File.ReadAllBytes(to).AsSpan().SequenceEqual(File.ReadAllBytes(from)))
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
