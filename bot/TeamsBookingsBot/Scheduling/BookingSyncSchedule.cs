using Quartz;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// At start-up (after the settings are seeded), makes the stored schedule match the stored business settings of every
/// tenant through <see cref="IBusinessSyncScheduler"/>; jobs of businesses no longer set up are deleted (their stored
/// bookings stay). Later changes are applied when they are saved, not here.
/// </summary>
internal sealed class BookingSyncSchedule(
    ISchedulerFactory schedulers, IBusinessSettingsStore settings, IBusinessSyncScheduler syncScheduler, ILogger<BookingSyncSchedule> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        IScheduler scheduler = await schedulers.GetScheduler(cancellationToken);
        var scheduled = new HashSet<JobKey>();
        foreach (BusinessSettings business in await settings.ListAllAsync(cancellationToken))
        {
            if (scheduled.Add(BookingSyncJob.KeyFor(business.BusinessId)))
            {
                await syncScheduler.ApplyAsync(business, cancellationToken);
            }
        }
        foreach (JobKey stale in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(BookingSyncJob.Group), cancellationToken))
        {
            if (!scheduled.Contains(stale))
            {
                await scheduler.DeleteJob(stale, cancellationToken);
                logger.SyncUnscheduled(stale);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
