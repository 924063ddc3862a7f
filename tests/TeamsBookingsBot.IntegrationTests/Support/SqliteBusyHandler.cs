using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TeamsBookingsBot.Support;

/// <summary>
/// SQLite's busy handler on a connection (SQLitePCLRaw exposes only the busy timeout): SQLite calls it each time a
/// statement finds the database locked by another connection. It reports the wait, then gives up the thread's time
/// slice and lets SQLite try again; after many tries the statement gets SQLITE_BUSY and Microsoft.Data.Sqlite's own
/// retry takes over. Called from native code on the waiting thread.
/// </summary>
internal static class SqliteBusyHandler
{
    private static readonly BusyCallback Callback = OnBusy;
    private static readonly ConcurrentDictionary<IntPtr, Action> Listeners = new();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyCallback(IntPtr argument, int tries);

    /// <summary>Replaces the busy handling of the native connection <paramref name="database"/>.</summary>
    public static void Install(SQLitePCL.sqlite3 database, Action onWait)
    {
        IntPtr handle = database.DangerousGetHandle();
        Listeners[handle] = onWait;
        int rc = sqlite3_busy_handler(handle, Callback, handle);
        if (rc != 0)
        {
            throw new InvalidOperationException($"sqlite3_busy_handler failed with {rc}.");
        }
    }

    private static int OnBusy(IntPtr argument, int tries)
    {
        if (Listeners.TryGetValue(argument, out Action? onWait))
        {
            onWait();
        }
        Thread.Yield();
        return tries < 30_000 ? 1 : 0;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr database, BusyCallback callback, IntPtr argument);
}
