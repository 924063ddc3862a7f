using Microsoft.Extensions.Time.Testing;

namespace TeamsBookingsBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when the code under test starts waiting on it (a
/// <c>Task.Delay(…, time)</c> or a timer), so a test advances the clock once that wait exists instead of racing it.
/// </summary>
public sealed class WatchedFakeClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>The due time of every timer created on this clock, in order.</summary>
    public Observed<TimeSpan> TimersCreated { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        TimersCreated.Add(dueTime);
        return timer;
    }

    /// <summary>Completes once a timer due in <paramref name="dueTime"/> has been created (now or earlier).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, TimeSpan timeout) => TimersCreated.WaitForAsync(d => d == dueTime, timeout);
}
