using Microsoft.Extensions.Time.Testing;

namespace TeamsBookingsBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when the code under test starts waiting on it (a
/// <c>Task.Delay(…, time)</c> or a timer), so a test advances the clock once that wait exists instead of racing it.
/// </summary>
public sealed class WatchedFakeClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly object gate = new();
    private readonly List<TimeSpan> created = [];
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Created)> waiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource[] matched;
        lock (gate)
        {
            created.Add(dueTime);
            matched = [.. waiters.Where(w => w.DueTime == dueTime).Select(w => w.Created)];
            waiters.RemoveAll(w => w.DueTime == dueTime);
        }
        foreach (TaskCompletionSource waiter in matched)
        {
            waiter.TrySetResult();
        }
        return timer;
    }

    /// <summary>Completes once a timer due in <paramref name="dueTime"/> has been created (now or earlier).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime, TimeSpan timeout)
    {
        var found = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (created.Contains(dueTime))
            {
                return;
            }
            waiters.Add((dueTime, found));
        }
        try
        {
            await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Nothing started waiting {dueTime} on the fake clock within {timeout}.");
        }
    }
}
