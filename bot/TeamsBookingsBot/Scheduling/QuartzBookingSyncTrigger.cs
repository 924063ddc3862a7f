using Microsoft.Extensions.Options;
using Quartz;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// "sync now": fires the business's job once. DisallowConcurrentExecution makes it wait for a running sync
/// (on any node of a cluster) instead of overlapping it.
/// </summary>
internal sealed class QuartzBookingSyncTrigger(
    ISchedulerFactory schedulers, IOptions<GraphOptions> options, ILogger<QuartzBookingSyncTrigger> logger) : IBookingSyncTrigger
{
    public async Task RequestSyncNowAsync(string businessId, CancellationToken ct)
    {
        GraphBusinessOptions business = options.Value.FindBusiness(businessId.Trim())
            ?? throw new ArgumentException($"{businessId} is not a configured Bookings business (Graph:Businesses).", nameof(businessId));
        IScheduler scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(BookingSyncJob.KeyFor(business.Id), ct);
        logger.SyncRequested(business.Id);
    }
}
