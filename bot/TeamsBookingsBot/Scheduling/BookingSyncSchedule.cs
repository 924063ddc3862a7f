using Microsoft.Extensions.Options;
using Quartz;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// At start-up, makes the stored schedule match <c>Graph:Businesses</c>: one durable job and one simple trigger per
/// business. An existing trigger is kept as stored (its next firing and misfire handling survive restarts) unless its
/// interval differs from SyncIntervalMinutes, then it is rescheduled; jobs of businesses no longer configured are
/// deleted (their stored bookings stay).
/// </summary>
internal sealed class BookingSyncSchedule(
    ISchedulerFactory schedulers, IOptions<GraphOptions> options, TimeProvider time, ILogger<BookingSyncSchedule> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        IScheduler scheduler = await schedulers.GetScheduler(cancellationToken);
        var configured = new HashSet<JobKey>();
        foreach (GraphBusinessOptions business in options.Value.Businesses)
        {
            JobKey jobKey = BookingSyncJob.KeyFor(business.Id);
            if (!configured.Add(jobKey))
            {
                continue;
            }
            IJobDetail job = JobBuilder.Create<BookingSyncJob>()
                .WithIdentity(jobKey)
                .WithDescription("Microsoft Bookings sync of one business")
                .UsingJobData(BookingSyncJob.BusinessIdKey, business.Id)
                .StoreDurably()
                // A sync cut off by a crashed node is run again; the sync is idempotent.
                .RequestRecovery()
                .Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
            await ScheduleAsync(scheduler, business, jobKey, cancellationToken);
        }
        foreach (JobKey stale in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(BookingSyncJob.Group), cancellationToken))
        {
            if (!configured.Contains(stale))
            {
                await scheduler.DeleteJob(stale, cancellationToken);
                logger.SyncUnscheduled(stale);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleAsync(IScheduler scheduler, GraphBusinessOptions business, JobKey jobKey, CancellationToken ct)
    {
        TriggerKey triggerKey = BookingSyncJob.TriggerKeyFor(business.Id);
        TimeSpan interval = TimeSpan.FromMinutes(business.SyncIntervalMinutes);
        DateTimeOffset now = time.GetUtcNow();
        ITrigger? existing = await scheduler.GetTrigger(triggerKey, ct);
        if (existing is null)
        {
            await scheduler.ScheduleJob(Trigger(triggerKey, jobKey, interval, now), new ScheduleJobOptions(), ct);
            logger.SyncScheduled(business.Id, business.SyncIntervalMinutes);
            return;
        }
        if (existing is ISimpleTrigger simple && simple.RepeatInterval == interval)
        {
            return;
        }
        // Keep the rhythm: the next sync is one new interval after the last one, or now if that is already past.
        DateTimeOffset next = (existing.PreviousFireTimeUtc ?? now) + interval;
        await scheduler.RescheduleJob(triggerKey, Trigger(triggerKey, jobKey, interval, next < now ? now : next), ct);
        logger.SyncRescheduled(business.Id, (existing as ISimpleTrigger)?.RepeatInterval.TotalMinutes ?? 0, business.SyncIntervalMinutes);
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
