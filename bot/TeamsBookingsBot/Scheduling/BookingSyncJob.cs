using Quartz;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// Syncs one Bookings business; there is one durable job per business (the job data holds its id only).
/// DisallowConcurrentExecution holds per job, cluster-wide: a business never runs two syncs at once (Graph allows
/// four concurrent requests per mailbox, and the sync alone uses them), while different businesses sync side by side.
/// A failed sync is logged and recorded, never thrown: the next firing retries.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class BookingSyncJob(SyncBookings sync, BookingSyncWatcher watcher, TimeProvider time, ILogger<BookingSyncJob> logger) : IJob
{
    public const string Group = "bookings";
    public const string BusinessIdKey = "businessId";

    public static JobKey KeyFor(string businessId) => new("booking-sync:" + BookingSql.Key(businessId), Group);

    public static TriggerKey TriggerKeyFor(string businessId) => new("booking-sync:" + BookingSql.Key(businessId), Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        string? businessId = context.MergedJobDataMap.GetString(BusinessIdKey);
        if (string.IsNullOrWhiteSpace(businessId))
        {
            logger.SyncJobWithoutBusiness(context.JobDetail.Key);
            return;
        }
        long started = time.GetTimestamp();
        try
        {
            BookingSyncResult result = await sync.RunAsync(businessId, cancellationToken);
            BookingSyncCounts c = result.Counts;
            long elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
            if (result.Succeeded)
            {
                logger.SyncCompleted(businessId, c.AppointmentsSeen, c.Added, c.Updated, c.Unchanged, c.Cancelled, c.Restored,
                    c.DetailRequests, elapsedMs);
            }
            else
            {
                logger.SyncFailed(businessId, result.Failure, c.Added, c.Updated);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.SyncStopped(businessId);
        }
        catch (Exception ex)
        {
            logger.SyncCrashed(businessId, ex);
        }
        finally
        {
            // Its outcome is stored by now: a list waiting for this sync can read it.
            watcher.Finished(businessId);
        }
    }
}
