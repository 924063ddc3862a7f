using System.Collections.Concurrent;
using System.Threading.Channels;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>
/// Sync history, the "sync now" trigger (records who asked for a sync) and the watcher of finished syncs:
/// <see cref="Finish"/> records a run and wakes whoever waits; <see cref="WaiterAdded"/> tells a test someone waits.
/// </summary>
public sealed class InMemoryBookingSync : IBookingSyncStatusReader, IBookingSyncTrigger, IBookingSyncWatcher
{
    private readonly ConcurrentDictionary<string, List<BookingSyncStatus>> runs = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> requested = new();
    private readonly object gate = new();
    private readonly List<(string BusinessId, TaskCompletionSource Finished)> waiters = [];
    private readonly Channel<string> waiterAdded = Channel.CreateUnbounded<string>();
    private int waitCount;

    /// <summary>How many times anyone started waiting for a sync to finish.</summary>
    public int WaitCount => Volatile.Read(ref waitCount);

    public IReadOnlyList<string> Requested => [.. requested];

    public InMemoryBookingSync Ran(BookingSyncStatus status)
    {
        List<BookingSyncStatus> list = runs.GetOrAdd(status.BusinessId, _ => []);
        lock (list)
        {
            list.Add(status);
        }
        return this;
    }

    /// <summary>A sync ended with <paramref name="status"/>: it is stored first, then every waiter for its business wakes.</summary>
    public void Finish(BookingSyncStatus status)
    {
        Ran(status);
        List<TaskCompletionSource> woken;
        lock (gate)
        {
            woken = [.. waiters.Where(w => string.Equals(w.BusinessId, status.BusinessId, StringComparison.OrdinalIgnoreCase)).Select(w => w.Finished)];
            waiters.RemoveAll(w => woken.Contains(w.Finished));
        }
        woken.ForEach(w => w.TrySetResult());
    }

    /// <summary>Completes when someone starts waiting (one call per waiter); the timeout only guards a broken test.</summary>
    public async Task WaiterAddedAsync(TimeSpan? timeout = null)
    {
        using var guard = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await waiterAdded.Reader.ReadAsync(guard.Token);
        }
        catch (OperationCanceledException) when (guard.IsCancellationRequested)
        {
            throw new TimeoutException("Nobody started waiting for a sync.");
        }
    }

    public Task NextFinishAsync(string businessId, CancellationToken ct)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            waiters.Add((businessId, finished));
        }
        Interlocked.Increment(ref waitCount);
        waiterAdded.Writer.TryWrite(businessId);
        return finished.Task.WaitAsync(ct);
    }

    public Task<BookingSyncStatus?> GetLatestAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(Runs(businessId).MaxBy(s => s.StartedUtc));

    public Task<BookingSyncStatus?> GetLastSuccessAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(Runs(businessId).Where(s => s.Succeeded).MaxBy(s => s.StartedUtc));

    private BookingSyncStatus[] Runs(string businessId)
    {
        if (!runs.TryGetValue(businessId, out List<BookingSyncStatus>? list))
        {
            return [];
        }
        lock (list)
        {
            return [.. list];
        }
    }

    public Task RequestSyncNowAsync(string businessId, CancellationToken ct)
    {
        requested.Enqueue(businessId);
        return Task.CompletedTask;
    }

    public static BookingSyncStatus Succeeded(string businessId, DateTimeOffset finishedUtc) =>
        new(businessId, finishedUtc.AddSeconds(-4), finishedUtc, true, 120, 3, 2, 1, 5, null);

    public static BookingSyncStatus Failed(string businessId, DateTimeOffset finishedUtc, string error) =>
        new(businessId, finishedUtc.AddSeconds(-2), finishedUtc, false, 0, 0, 0, 0, 0, error);

    public static BookingSyncStatus Running(string businessId, DateTimeOffset startedUtc) =>
        new(businessId, startedUtc, null, false, 0, 0, 0, 0, 0, null);
}
