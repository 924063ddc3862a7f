using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace TeamsBookingsBot;

/// <summary>
/// A fake clock that tells the test about every timer the code under test starts on it (a retry's wait, an attempt
/// timeout). A retry test waits for the client to start waiting, checks exactly how long it will wait, and advances
/// the clock by that: no real wait, and no wall-clock measurement.
/// </summary>
internal sealed class RecordingClock() : FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero))
{
    // Only guards against a hang when the code never waits; the tests never wait this long when they pass.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly Channel<TimeSpan> timers = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>Timers of these lengths are not reported: time limits of other work than the one under test.</summary>
    public HashSet<TimeSpan> Unreported { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        Started(dueTime);
        // A timer may be created idle and started later (a CancellationTokenSource's timeout is): report that too.
        return new StartReportingTimer(timer, this);
    }

    private void Started(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan && !Unreported.Contains(dueTime))
        {
            timers.Writer.TryWrite(dueTime);
        }
    }

    /// <summary>The due time of the next timer started that is shorter than <paramref name="below"/> (attempt timeouts are longer).</summary>
    public async Task<TimeSpan> NextWaitAsync(TimeSpan below)
    {
        using var guard = new CancellationTokenSource(Guard);
        while (true)
        {
            TimeSpan due = await timers.Reader.ReadAsync(guard.Token);
            if (due < below)
            {
                return due;
            }
        }
    }

    /// <summary>
    /// Lets <paramref name="work"/> run to its end, advancing the clock through every wait shorter than
    /// <paramref name="below"/> that it starts; returns those waits in order.
    /// </summary>
    public async Task<IReadOnlyList<TimeSpan>> RunThroughWaitsAsync(Task work, TimeSpan below)
    {
        List<TimeSpan> waits = [];
        using var guard = new CancellationTokenSource(Guard);
        while (!work.IsCompleted)
        {
            Task<TimeSpan> next = NextWaitAsync(below);
            if (await Task.WhenAny(work, next).WaitAsync(guard.Token) == work)
            {
                break;
            }
            TimeSpan wait = await next;
            waits.Add(wait);
            Advance(wait);
        }
        await work;
        return waits;
    }

    private sealed class StartReportingTimer(ITimer inner, RecordingClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool changed = inner.Change(dueTime, period);
            clock.Started(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
