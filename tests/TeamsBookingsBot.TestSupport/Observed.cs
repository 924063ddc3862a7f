namespace TeamsBookingsBot.Testing;

/// <summary>
/// What happened on other threads (requests that arrived, syncs that finished, waits started on a fake clock), in
/// order, and a way for a test to await the moment what it needs has happened, instead of polling or sleeping. The
/// timeout of a wait only turns a hang into a failure.
/// </summary>
public sealed class Observed<T>
{
    private readonly object gate = new();
    private readonly List<T> items = [];
    private readonly List<Waiter> waiters = [];

    public int Count
    {
        get
        {
            lock (gate)
            {
                return items.Count;
            }
        }
    }

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (gate)
            {
                return [.. items];
            }
        }
    }

    public void Add(T item)
    {
        List<(Waiter Waiter, T Found)> done = [];
        lock (gate)
        {
            items.Add(item);
            foreach (Waiter waiter in waiters.ToArray())
            {
                if (TryFind(waiter.Match, waiter.Count, out T found))
                {
                    waiters.Remove(waiter);
                    done.Add((waiter, found));
                }
            }
        }
        foreach ((Waiter waiter, T found) in done)
        {
            waiter.Done.TrySetResult(found);
        }
    }

    /// <summary>The <paramref name="count"/>-th item matching <paramref name="match"/>, already seen or the moment it is added.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan timeout, int count = 1)
    {
        var waiter = new Waiter(match, count, new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            if (TryFind(match, count, out T found))
            {
                return found;
            }
            waiters.Add(waiter);
        }
        try
        {
            return await waiter.Done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                waiters.Remove(waiter);
                throw new TimeoutException($"Within {timeout}, {items.Count(match)} of the {items.Count} {typeof(T).Name} seen matched; {count} were needed.");
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> items have been seen.</summary>
    public Task WaitForCountAsync(int count, TimeSpan timeout) => WaitForAsync(_ => true, timeout, count);

    private bool TryFind(Func<T, bool> match, int count, out T found)
    {
        int seen = 0;
        foreach (T item in items)
        {
            if (match(item) && ++seen == count)
            {
                found = item;
                return true;
            }
        }
        found = default!;
        return false;
    }

    private sealed record Waiter(Func<T, bool> Match, int Count, TaskCompletionSource<T> Done);
}
