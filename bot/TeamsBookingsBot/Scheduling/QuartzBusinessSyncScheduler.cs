using Quartz;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// <see cref="IBusinessSyncScheduler"/> on Quartz's stored schedule: one durable job and one simple trigger per business.
/// An existing trigger is kept as stored (its next firing and misfire handling survive restarts) unless its interval
/// differs, then it is rescheduled at once, keeping the rhythm of the last sync.
/// </summary>
internal sealed class QuartzBusinessSyncScheduler(ISchedulerFactory schedulers, TimeProvider time, ILogger<QuartzBusinessSyncScheduler> logger)
    : IBusinessSyncScheduler
{
    public async Task ApplyAsync(BusinessSettings settings, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.SyncIntervalMinutes, 1, nameof(settings));
        IScheduler scheduler = await schedulers.GetScheduler(ct);
        JobKey jobKey = BookingSyncJob.KeyFor(settings.BusinessId);
        IJobDetail job = JobBuilder.Create<BookingSyncJob>()
            .WithIdentity(jobKey)
            .WithDescription("Microsoft Bookings sync of one business")
            .UsingJobData(BookingSyncJob.BusinessIdKey, settings.BusinessId)
            .StoreDurably()
            // A sync cut off by a crashed node is run again; the sync is idempotent.
            .RequestRecovery()
            .Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, ct);

        TriggerKey triggerKey = BookingSyncJob.TriggerKeyFor(settings.BusinessId);
        TimeSpan interval = TimeSpan.FromMinutes(settings.SyncIntervalMinutes);
        DateTimeOffset now = time.GetUtcNow();
        ITrigger? existing = await scheduler.GetTrigger(triggerKey, ct);
        if (existing is null)
        {
            await scheduler.ScheduleJob(Trigger(triggerKey, jobKey, interval, now), new ScheduleJobOptions(), ct);
            logger.SyncScheduled(settings.BusinessId, settings.SyncIntervalMinutes);
            return;
        }
        if (existing is ISimpleTrigger simple && simple.RepeatInterval == interval)
        {
            return;
        }
        // Keep the rhythm: the next sync is one new interval after the last one, or now if that is already past.
        DateTimeOffset next = (existing.PreviousFireTimeUtc ?? now) + interval;
        await scheduler.RescheduleJob(triggerKey, Trigger(triggerKey, jobKey, interval, next < now ? now : next), ct);
        logger.SyncRescheduled(settings.BusinessId, (existing as ISimpleTrigger)?.RepeatInterval.TotalMinutes ?? 0, settings.SyncIntervalMinutes);
    }

    public async Task RemoveAsync(string businessId, CancellationToken ct)
    {
        IScheduler scheduler = await schedulers.GetScheduler(ct);
        JobKey jobKey = BookingSyncJob.KeyFor(businessId);
        if (await scheduler.DeleteJob(jobKey, ct))
        {
            logger.SyncUnscheduled(jobKey);
        }
    }

    /// <summary>
    /// NowWithExistingCount: firings missed while the app was down run once at start-up, never piled up
    /// (quartz-notes §4; the RepeatForever default would skip to the next slot).
    /// </summary>
    internal static ITrigger Trigger(TriggerKey key, JobKey job, TimeSpan interval, DateTimeOffset start) =>
        TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(job)
            .StartAt(start)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
}
