namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>Run-time fault switches; every counter is consumed atomically so parallel requests see each fault once.</summary>
public sealed class BusinessCentralSandboxFaults
{
    private int _throttleRemaining;
    private int _dropRemaining;
    private int _rejectMultiLine;
    private string _retryAfter = "1";
    private int _throttleStatus = 429;

    internal BusinessCentralSandboxFaults(BusinessCentralSandboxOptions options)
    {
        Throttle(options.ThrottleFirstRequests, options.ThrottleRetryAfter, options.ThrottleStatus);
        RejectMultiLineDeepInsert = options.RejectMultiLineDeepInsert;
        if (options.DropConnectionAfterFirstPost)
        {
            DropConnectionAfterNextPosts(1);
        }
    }

    public bool RejectMultiLineDeepInsert
    {
        get => Volatile.Read(ref _rejectMultiLine) == 1;
        set => Volatile.Write(ref _rejectMultiLine, value ? 1 : 0);
    }

    /// <summary>The next <paramref name="count"/> requests get <paramref name="status"/> with this Retry-After.</summary>
    public void Throttle(int count, string retryAfter = "1", int status = 429)
    {
        Volatile.Write(ref _retryAfter, retryAfter);
        Volatile.Write(ref _throttleStatus, status);
        Volatile.Write(ref _throttleRemaining, count);
    }

    /// <summary>The next <paramref name="count"/> POSTs are processed, then their connection is aborted unanswered.</summary>
    public void DropConnectionAfterNextPosts(int count) => Volatile.Write(ref _dropRemaining, count);

    internal bool TryTakeThrottle(out int status, out string retryAfter)
    {
        status = Volatile.Read(ref _throttleStatus);
        retryAfter = Volatile.Read(ref _retryAfter);
        return TryTake(ref _throttleRemaining);
    }

    internal bool TryTakeDrop() => TryTake(ref _dropRemaining);

    private static bool TryTake(ref int counter)
    {
        while (true)
        {
            int current = Volatile.Read(ref counter);
            if (current <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref counter, current - 1, current) == current)
            {
                return true;
            }
        }
    }
}
