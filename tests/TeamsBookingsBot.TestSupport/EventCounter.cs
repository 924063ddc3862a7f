namespace TeamsBookingsBot.Testing;

/// <summary>
/// Counts something that happens on another thread (a sync finished, a request arrived) and lets a test await the
/// moment the count reaches a number, instead of polling or sleeping. The timeout only turns a hang into a failure.
/// </summary>
public sealed class EventCounter
{
    private readonly object gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
    private int count;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public void Increment()
    {
        TaskCompletionSource[] reached;
        lock (gate)
        {
            count++;
            reached = [.. waiters.Where(w => w.Count <= count).Select(w => w.Reached)];
            waiters.RemoveAll(w => w.Count <= count);
        }
        foreach (TaskCompletionSource waiter in reached)
        {
            waiter.TrySetResult();
        }
    }

    public async Task WaitForAsync(int target, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (count >= target)
            {
                return;
            }
            waiters.Add((target, reached));
        }
        try
        {
            await reached.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Counted {Count} within {timeout}, expected {target}.");
        }
    }
}
