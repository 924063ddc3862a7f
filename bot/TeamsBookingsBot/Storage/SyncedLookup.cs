using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Reference data of Bookings businesses kept in memory instead of read on every message: an entry is read again once
/// one of its businesses' syncs finishes in this process (<see cref="IBookingSyncWatcher"/>, listened to before the read,
/// so a sync ending meanwhile is not missed), and after <c>Storage:LookupCacheDuration</c>, which is how soon a sync on
/// another instance is seen.
/// </summary>
internal sealed class SyncedLookup<T>(IBookingSyncWatcher watcher, TimeProvider time, TimeSpan duration)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <param name="key">What was read (e.g. a business id, or "all businesses").</param>
    /// <param name="businessIds">The businesses whose syncs change it.</param>
    /// <param name="read">Reads it from the store.</param>
    /// <param name="keep">Whether to keep what was read (e.g. not "never synced", which a sync elsewhere may end at any moment).</param>
    public async Task<T> GetAsync(string key, IEnumerable<string> businessIds, Func<CancellationToken, Task<T>> read, Func<T, bool> keep, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (entries.TryGetValue(key, out Entry? entry) && !Array.Exists(entry.Synced, sync => sync.IsCompleted) && now - entry.ReadUtc < duration && now >= entry.ReadUtc)
        {
            return entry.Value;
        }
        // The watcher's own tasks, not a WhenAny of them: those complete the moment a sync finishes, a WhenAny only once
        // its continuation has run, so a message right after the sync could still be answered from the old entry.
        Task[] synced = [.. businessIds.Select(id => watcher.NextFinishAsync(id, CancellationToken.None))];
        T value = await read(ct);
        if (keep(value))
        {
            entries[key] = new Entry(value, now, synced);
        }
        else
        {
            entries.TryRemove(key, out _);
        }
        return value;
    }

    private sealed record Entry(T Value, DateTimeOffset ReadUtc, Task[] Synced);
}
