using Quartz;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// "sync now": fires the business's job once. DisallowConcurrentExecution makes it wait for a running sync
/// (on any node of a cluster) instead of overlapping it.
/// </summary>
internal sealed class QuartzBookingSyncTrigger(
    ISchedulerFactory schedulers, IBookingsBusinessCatalog catalog, ILogger<QuartzBookingSyncTrigger> logger) : IBookingSyncTrigger
{
    public async Task RequestSyncNowAsync(string businessId, CancellationToken ct)
    {
        Domain.BookingsBusiness business = await catalog.FindAsync(businessId.Trim(), ct)
            ?? throw new ArgumentException($"{businessId} is not a set-up Bookings business.", nameof(businessId));
        IScheduler scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(BookingSyncJob.KeyFor(business.Id), ct);
        logger.SyncRequested(business.Id);
    }
}
