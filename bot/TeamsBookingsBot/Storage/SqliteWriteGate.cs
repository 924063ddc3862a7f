using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// One writer at a time per SQLite file in this process, queued without blocking a thread. SQLite has a single write
/// lock; without this gate a second writer finds it taken and Microsoft.Data.Sqlite answers SQLITE_BUSY by putting the
/// thread to sleep for 150 ms per try, so two activities writing at once cost one of them 150 ms or more. Writers in
/// other processes still meet the lock; the busy timeout set on every connection lets SQLite wait for them in short steps.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A gate lives as long as the process; SemaphoreSlim holds no OS handle unless AvailableWaitHandle is read.")]
internal sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> ByFile = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>The gate of the database file at <paramref name="fullPath"/>, shared by every factory of this process.</summary>
    public static SqliteWriteGate For(string fullPath) => ByFile.GetOrAdd(fullPath, _ => new SqliteWriteGate());

    /// <summary>Waits for the turn; <see cref="Leave"/> gives it to the next writer.</summary>
    /// <exception cref="TimeoutException">Another writer held it longer than <paramref name="timeout"/>.</exception>
    public async Task EnterAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!await turn.WaitAsync(timeout, ct))
        {
            throw new TimeoutException($"Another writer held the SQLite database for more than {timeout.TotalSeconds:0} s.");
        }
    }

    public void Leave() => turn.Release();
}
