using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Scheduling;

namespace TeamsBookingsBot.BookingSync;

/// <summary>The sync's Quartz job on the app's real scheduler set-up (persistent SQLite store).</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class BookingSyncSchedulingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string contentRoot = Directory.CreateTempSubdirectory("tbb-sync-quartz-").FullName;

    [Fact]
    public async Task SyncNow_TwiceWhileASyncRuns_RunsThemOneAfterAnotherNeverOverlapping()
    {
        var source = new RecordingBookingsSource { Latency = TimeSpan.FromMilliseconds(400) };
        await using SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, source);
        // The first firing (StartNow) is running.
        await source.WaitForStartAsync(Patience);
        IBookingSyncTrigger trigger = host.Services.GetRequiredService<IBookingSyncTrigger>();

        await trigger.RequestSyncNowAsync(SchedulingHost.Business, default);
        await trigger.RequestSyncNowAsync(SchedulingHost.Business.ToUpperInvariant(), default);
        await source.WaitForListingsAsync(3, Patience);

        var runs = source.Listings.OrderBy(r => r.Start).ToArray();
        Assert.Equal(3, runs.Length);
        for (int i = 1; i < runs.Length; i++)
        {
            Assert.True(runs[i].Start >= runs[i - 1].End, $"run {i} started at {runs[i].Start:O} before run {i - 1} ended at {runs[i - 1].End:O}");
        }
        BookingSyncStatus? status = await host.Services.GetRequiredService<IBookingSyncStatusReader>().GetLatestAsync(SchedulingHost.Business, default);
        Assert.True(status?.Succeeded);
        await Assert.ThrowsAsync<ArgumentException>(() => trigger.RequestSyncNowAsync("nobody@contoso.onmicrosoft.com", default));
    }

    [Fact]
    public async Task Trigger_AppRestarted_KeepsTheStoredScheduleRunsMissedFiringsOnceAndFollowsANewInterval()
    {
        ISimpleTrigger stored;
        var first = new RecordingBookingsSource { Latency = TimeSpan.Zero };
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, first))
        {
            await first.WaitForListingsAsync(1, Patience);
            stored = await host.GetTriggerAsync();
            Assert.Equal(TimeSpan.FromMinutes(15), stored.RepeatInterval);
            Assert.Equal(SimpleTriggerMisfireInstruction.NowWithExistingCount, stored.MisfireInstruction);
        }

        // A restart within the interval: the stored trigger is kept as it was (a re-declared StartNow trigger would fire at once).
        var second = new RecordingBookingsSource { Latency = TimeSpan.Zero };
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, second))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            ISimpleTrigger kept = await host.GetTriggerAsync();
            Assert.Equal((stored.StartTimeUtc, stored.NextFireTimeUtc), (kept.StartTimeUtc, kept.NextFireTimeUtc));
        }
        Assert.Empty(second.Listings);

        // The app was down for 20 minutes: the missed firing runs once at start-up, then every 15 minutes from then.
        await SetNextFireTimeAsync(DateTimeOffset.UtcNow.AddMinutes(-20));
        var third = new RecordingBookingsSource { Latency = TimeSpan.Zero };
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, third))
        {
            await third.WaitForListingsAsync(1, Patience);
            ISimpleTrigger rebased = await host.GetTriggerAsync();
            Assert.True(rebased.NextFireTimeUtc > DateTimeOffset.UtcNow.AddMinutes(14), $"next firing {rebased.NextFireTimeUtc:O}");
        }
        Assert.Single(third.Listings);

        await using SchedulingHost fourth = await SchedulingHost.StartAsync(contentRoot, new RecordingBookingsSource(), intervalMinutes: 30);
        Assert.Equal(TimeSpan.FromMinutes(30), (await fourth.GetTriggerAsync()).RepeatInterval);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(contentRoot, recursive: true);
    }

    private async Task SetNextFireTimeAsync(DateTimeOffset next)
    {
        await using var connection = new SqliteConnection("Data Source=" + Path.Combine(contentRoot, "quartz.db"));
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = @next WHERE TRIGGER_NAME = @name AND TRIGGER_GROUP = @group";
        command.Parameters.AddWithValue("next", next.UtcTicks);
        command.Parameters.AddWithValue("name", BookingSyncJob.TriggerKeyFor(SchedulingHost.Business).Name);
        command.Parameters.AddWithValue("group", BookingSyncJob.Group);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        SqliteConnection.ClearAllPools();
    }
}
