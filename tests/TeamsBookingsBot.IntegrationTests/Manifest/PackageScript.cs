using System.Diagnostics;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Manifest;

/// <summary>Runs manifest/package.sh (or a copy of the manifest folder's) the way a user would.</summary>
internal static class PackageScript
{
    public const string TestAppId = "2a1f6c3e-8b0d-4f52-9c7e-1d3b5a7f9e21";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    // Inherited values would make a test pass or fail by what the developer's shell happens to export.
    private static readonly string[] ScriptVariables = ["MICROSOFT_APP_ID", "APP_VERSION", "TEAMS_PACKAGE_ZIPPER"];

    public static string ManifestFolder { get; } = Path.Combine(SharedPaths.RepoRoot, "manifest");

    public static Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunAsync(ManifestFolder, environment, arguments);

    public static async Task<ProcessResult> RunAsync(
        string manifestFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ProcessStartInfo info = NodeProcess.StartInfo(Path.Combine(manifestFolder, "package.sh"), manifestFolder, arguments);
        foreach (string name in ScriptVariables)
        {
            info.Environment.Remove(name);
        }
        foreach ((string name, string value) in environment)
        {
            info.Environment[name] = value;
        }
        using Process process = NodeProcess.Start(info);
        using var timeout = new CancellationTokenSource(Timeout);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A private copy of manifest/ (without build/) for tests that break the template or icons.</summary>
    public static string CopyManifestFolder(string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.EnumerateFiles(ManifestFolder, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(ManifestFolder, file);
            if (relative.StartsWith("build" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }
            string copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            // On Unix File.Copy keeps the permission bits, so package.sh stays executable.
            File.Copy(file, copy);
        }
        return target;
    }
}
