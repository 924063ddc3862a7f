using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Scheduling;

namespace TeamsBookingsBot.BookingSync;

/// <summary>The sync's Quartz job on the app's real scheduler set-up (persistent SQLite store), on a fake clock.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class BookingSyncSchedulingTests : IDisposable
{
    // Only turns a hang into a failure: every wait below ends on an event, never on the time passing.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    private readonly string contentRoot = Directory.CreateTempSubdirectory("tbb-sync-quartz-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SyncNow_TwiceWhileASyncRuns_RunsThemOneAfterAnotherNeverOverlapping()
    {
        var source = new RecordingBookingsSource(held: true);
        await using SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, source, time);
        // The first firing (StartNow) is running, held inside its calendarView listing.
        await source.ListingsStarted.WaitForCountAsync(1, Patience);
        IBookingSyncTrigger trigger = host.Services.GetRequiredService<IBookingSyncTrigger>();

        await trigger.RequestSyncNowAsync(SchedulingHost.Business, default);
        await trigger.RequestSyncNowAsync(SchedulingHost.Business.ToUpperInvariant(), default);

        try
        {
            // Both requests wait for the running sync: Quartz stores them blocked instead of firing them beside it.
            Assert.Equal([TriggerState.Blocked, TriggerState.Blocked], await RequestedTriggerStatesAsync(host));
        }
        finally
        {
            source.Release();
        }
        await host.SyncsFinished.WaitForCountAsync(3, Patience);
        Assert.Equal(3, source.ListingsFinished.Count);
        Assert.Equal(1, source.MaxInFlight);
        BookingSyncStatus? status = await host.Services.GetRequiredService<IBookingSyncStatusReader>().GetLatestAsync(SchedulingHost.Business, default);
        Assert.True(status?.Succeeded);
        await Assert.ThrowsAsync<ArgumentException>(() => trigger.RequestSyncNowAsync("nobody@contoso.onmicrosoft.com", default));
    }

    [Fact]
    public async Task Trigger_AppRestarted_KeepsTheStoredScheduleRunsMissedFiringsOnceAndFollowsANewInterval()
    {
        ISimpleTrigger stored;
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, new RecordingBookingsSource(), time))
        {
            await host.SyncsFinished.WaitForCountAsync(1, Patience);
            stored = await host.GetTriggerAsync();
            Assert.Equal(Interval, stored.RepeatInterval);
            Assert.Equal(SimpleTriggerMisfireInstruction.NowWithExistingCount, stored.MisfireInstruction);
            Assert.Equal(time.GetUtcNow() + Interval, stored.NextFireTimeUtc);
        }

        // A restart five minutes later, within the interval: the stored trigger is kept as it was (a re-declared
        // StartNow trigger would start now and fire at once).
        time.Advance(TimeSpan.FromMinutes(5));
        var second = new RecordingBookingsSource();
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, second, time))
        {
            ISimpleTrigger kept = await host.GetTriggerAsync();
            Assert.Equal((stored.StartTimeUtc, stored.NextFireTimeUtc), (kept.StartTimeUtc, kept.NextFireTimeUtc));
        }
        Assert.Equal(0, second.ListingsStarted.Count);

        // The app was down until 20 minutes after the next firing: it runs once at start-up, then every 15 minutes from then.
        time.SetUtcNow(stored.NextFireTimeUtc!.Value + TimeSpan.FromMinutes(20));
        var third = new RecordingBookingsSource();
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, third, time))
        {
            await host.SyncsFinished.WaitForCountAsync(1, Patience);
            ISimpleTrigger rebased = await host.GetTriggerAsync();
            Assert.Equal(time.GetUtcNow() + Interval, rebased.NextFireTimeUtc);
        }
        Assert.Equal(1, third.ListingsStarted.Count);

        await using SchedulingHost fourth = await SchedulingHost.StartAsync(contentRoot, new RecordingBookingsSource(), time, intervalMinutes: 30);
        Assert.Equal(TimeSpan.FromMinutes(30), (await fourth.GetTriggerAsync()).RepeatInterval);
    }

    [Fact]
    public async Task Settings_IntervalSaved_TheStoredTriggerChangesAtOnceWithoutARestart()
    {
        await using SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, new RecordingBookingsSource(), time);
        await host.SyncsFinished.WaitForCountAsync(1, Patience);
        IBusinessSettingsStore settings = host.Services.GetRequiredService<IBusinessSettingsStore>();
        BusinessSettings seeded = (await settings.ListAllAsync(default)).Single();
        time.Advance(TimeSpan.FromMinutes(2));

        (_, BusinessSettings? saved) = await settings.SaveAsync(seeded with { SyncIntervalMinutes = 5, UpdatedBy = "admin" }, default);
        await host.Services.GetRequiredService<IBusinessSyncScheduler>().ApplyAsync(saved!, default);

        ISimpleTrigger rescheduled = await host.GetTriggerAsync();
        Assert.Equal(TimeSpan.FromMinutes(5), rescheduled.RepeatInterval);
        // One new interval after the last sync, which ran two minutes ago.
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(3), rescheduled.NextFireTimeUtc);
    }

    [Fact]
    public async Task Settings_BusinessRemoved_ItsJobIsDeletedAtOnce()
    {
        await using (SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, new RecordingBookingsSource(), time))
        {
            await host.SyncsFinished.WaitForCountAsync(1, Patience);
            IBusinessSettingsStore settings = host.Services.GetRequiredService<IBusinessSettingsStore>();
            BusinessSettings seeded = (await settings.ListAllAsync(default)).Single();
            await settings.RemoveAsync(seeded.TenantId, seeded.BusinessId, default);
            await host.Services.GetRequiredService<IBusinessSyncScheduler>().RemoveAsync(seeded.BusinessId, default);

            IScheduler scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Null(await scheduler.GetJobDetail(BookingSyncJob.KeyFor(SchedulingHost.Business)));
            Assert.Null(await scheduler.GetTrigger(BookingSyncJob.TriggerKeyFor(SchedulingHost.Business)));
        }
    }

    [Fact]
    public async Task Stop_WhileASyncWaits_StopsTheSyncInsteadOfWaitingForIt()
    {
        var source = new RecordingBookingsSource(held: true); // never released: like a sync in a long Retry-After
        await using SchedulingHost host = await SchedulingHost.StartAsync(contentRoot, source, time);
        await source.ListingsStarted.WaitForCountAsync(1, Patience);

        // The host's shutdown timeout (20 s in the app, longer here) would end a stop that waits for the sync.
        await host.StopAsync().WaitAsync(Patience);

        Assert.Equal(1, source.ListingsFinished.Count);
        Assert.Equal(1, host.SyncsFinished.Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(contentRoot, recursive: true);
    }

    /// <summary>The states of the one-off triggers "sync now" added beside the business's schedule.</summary>
    private static async Task<TriggerState[]> RequestedTriggerStatesAsync(SchedulingHost host)
    {
        IScheduler scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        TriggerKey schedule = BookingSyncJob.TriggerKeyFor(SchedulingHost.Business);
        var states = new List<TriggerState>();
        foreach (ITrigger requested in await scheduler.GetTriggersOfJob(BookingSyncJob.KeyFor(SchedulingHost.Business)))
        {
            if (!requested.Key.Equals(schedule))
            {
                states.Add(await scheduler.GetTriggerState(requested.Key));
            }
        }
        return [.. states];
    }
}
