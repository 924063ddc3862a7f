using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace TeamsBookingsBot;

/// <summary>
/// Every app host a test starts watches appsettings.json for changes, and each watch is an inotify instance: a
/// per-user limit of 128 on Linux, shared with every other process of that user. Dozens of hosts in one run, next to
/// another test run on the same machine, hit it and fail to start. Tests never edit those files, so the file
/// providers poll instead (set before any host is built, and inherited by the bot processes the tests start).
/// </summary>
internal static class PollingFileWatchers
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "A test assembly: the setting must be in place before the first host is built.")]
    internal static void Use() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
