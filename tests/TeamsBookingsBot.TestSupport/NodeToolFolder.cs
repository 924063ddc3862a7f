using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TeamsBookingsBot.Testing;

/// <summary>
/// A copy of a Node tool from the repository's tools/ under &lt;repo&gt;/.build, with its packages installed once
/// per test run, so a test run leaves the committed tool folder (and a developer's own install in it) untouched. Test processes run in parallel (one per test assembly),
/// so a lock file serialises the copy and <c>npm ci</c>; a stamp of package-lock.json skips repeat installs.
/// </summary>
public static class NodeToolFolder
{
    private const string StampFile = ".teamsbookingsbot-package-lock.sha256";
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Prepared = new(StringComparer.Ordinal);

    /// <summary>Returns the prepared folder, e.g. &lt;repo&gt;/.build/teams-check.</summary>
    /// <param name="extraFiles">Files copied into the folder as well (e.g. a driver script beside the tool's client).</param>
    public static Task<string> PrepareAsync(string toolName, params string[] extraFiles) =>
        Prepared.GetOrAdd(toolName, name => new Lazy<Task<string>>(() => PrepareOnceAsync(name, extraFiles))).Value;

    private static async Task<string> PrepareOnceAsync(string toolName, string[] extraFiles)
    {
        string source = Path.Combine(SharedPaths.Tools, toolName);
        string buildRoot = Path.Combine(SharedPaths.RepoRoot, ".build");
        string target = Path.Combine(buildRoot, toolName);
        Directory.CreateDirectory(buildRoot);
        await using FileStream lockFile = await AcquireLockAsync(Path.Combine(buildRoot, toolName + ".lock"));
        CopyChanged(source, target);
        foreach (string extra in extraFiles)
        {
            CopyIfChanged(extra, Path.Combine(target, Path.GetFileName(extra)));
        }
        string lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(target, "package-lock.json"))));
        string stamp = Path.Combine(target, "node_modules", StampFile);
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != lockHash)
        {
            ProcessResult npm = await NodeProcess.RunAsync(
                "npm", target, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5), CancellationToken.None);
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {target} (exit {npm.ExitCode}):\n{npm.StandardError}");
            }
            File.WriteAllText(stamp, lockHash);
        }
        return target;
    }

    private static async Task<FileStream> AcquireLockAsync(string path)
    {
        DateTime giveUp = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock across processes (flock on Unix). The file is left in place:
                // deleting it on close would let two waiters lock two different files.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < giveUp)
            {
                await Task.Delay(100);
            }
        }
    }

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
