using System.Collections.Concurrent;
using System.Diagnostics;

namespace TeamsBookingsBot.Telemetry;

/// <summary>
/// Records the spans of the bot's ActivitySource ("TeamsBookingsBot") that end while it listens. The listener is
/// process-wide, so tests pick their own spans by a tag only they use.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly SemaphoreSlim stopped = new(0);

    public SpanRecorder()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "TeamsBookingsBot",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                spans.Enqueue(span);
                stopped.Release();
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyList<Activity> Where(string tag, object? value) =>
        [.. spans.Where(s => Equals(s.GetTagItem(tag), value))];

    /// <summary>The first recorded span with that tag, once it has ended (woken by each span that ends, never polled).</summary>
    public async Task<Activity> WaitForAsync(string tag, object? value)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Where(tag, value).Count == 0)
        {
            await stopped.WaitAsync(guard.Token);
        }
        return Where(tag, value)[0];
    }

    public void Dispose()
    {
        listener.Dispose();
        stopped.Dispose();
    }
}
