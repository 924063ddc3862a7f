using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// In-process news of finished syncs: <see cref="BookingSyncJob"/> reports each one, and a list answer waiting for a
/// business's first sync wakes at once instead of polling. Only this process's syncs are seen; waiters also read the
/// stored status now and then for syncs run elsewhere in a cluster.
/// </summary>
internal sealed class BookingSyncWatcher : IBookingSyncWatcher
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> next = new(StringComparer.OrdinalIgnoreCase);

    public Task NextFinishAsync(string businessId, CancellationToken ct) =>
        next.GetOrAdd(businessId.Trim(), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(ct);

    public void Finished(string businessId)
    {
        if (next.TryRemove(businessId.Trim(), out TaskCompletionSource? waiting))
        {
            waiting.TrySetResult();
        }
    }
}
