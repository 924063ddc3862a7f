using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.BookingSync;

/// <summary>Issue 8, point 16: the sync job tells waiting answers that it has finished, after storing its outcome.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class BookingSyncWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string contentRoot = Directory.CreateTempSubdirectory("tbb-sync-watcher-").FullName;

    [Fact]
    public async Task NextFinish_ASyncRuns_CompletesOnceItsOutcomeIsStored()
    {
        var source = new RecordingBookingsSource();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));
        await using SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, source, time);
        IBookingSyncWatcher watcher = host.Services.GetRequiredService<IBookingSyncWatcher>();
        Task other = watcher.NextFinishAsync("other@contoso.onmicrosoft.com", default);
        Task finished = watcher.NextFinishAsync(SchedulingHost.Business.ToUpperInvariant(), default);

        await host.Services.GetRequiredService<IBookingSyncTrigger>().RequestSyncNowAsync(SchedulingHost.Business, default);
        await finished.WaitAsync(Patience);

        // Whichever sync ended (the start-up one or the requested one), its outcome was stored before the news.
        BookingSyncStatus? done = await host.Services.GetRequiredService<IBookingSyncStatusReader>().GetLastSuccessAsync(SchedulingHost.Business, default);
        Assert.NotNull(done?.FinishedUtc);
        Assert.False(other.IsCompleted);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(contentRoot, recursive: true);
    }
}
