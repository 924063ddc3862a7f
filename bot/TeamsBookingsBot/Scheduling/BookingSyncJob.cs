using System.Diagnostics;
using Quartz;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Scheduling;

/// <summary>
/// Syncs one Bookings business; there is one durable job per business (the job data holds its id only).
/// DisallowConcurrentExecution holds per job, cluster-wide: a business never runs two syncs at once (Graph allows
/// four concurrent requests per mailbox, and the sync alone uses them), while different businesses sync side by side.
/// A failed sync is logged and recorded, never thrown: the next firing retries. Each run is one span
/// (<c>sync {business}</c>) and is measured (<see cref="BotMetrics"/>: duration, Graph calls, failures by reason).
/// A sync stops when the app stops: it keeps what it stored, and the next run fetches only what is still missing, so
/// shutting down never waits for a long Retry-After.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class BookingSyncJob(
    SyncBookings sync,
    BookingSyncWatcher watcher,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<BookingSyncJob> logger) : IJob
{
    public const string Group = "bookings";
    public const string BusinessIdKey = "businessId";

    public static JobKey KeyFor(string businessId) => new("booking-sync:" + BookingSql.Key(businessId), Group);

    public static TriggerKey TriggerKeyFor(string businessId) => new("booking-sync:" + BookingSql.Key(businessId), Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken jobCancelled)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(jobCancelled, lifetime.ApplicationStopping);
        CancellationToken cancellationToken = stop.Token;
        string? businessId = context.MergedJobDataMap.GetString(BusinessIdKey);
        if (string.IsNullOrWhiteSpace(businessId))
        {
            logger.SyncJobWithoutBusiness(context.JobDetail.Key);
            return;
        }
        using Activity? span = BotTelemetry.Source.StartActivity("sync " + businessId, ActivityKind.Internal);
        span?.SetTag("sync.business", businessId);
        long started = time.GetTimestamp();
        try
        {
            BookingSyncResult result = await sync.RunAsync(businessId, cancellationToken);
            BookingSyncCounts c = result.Counts;
            TimeSpan elapsed = time.GetElapsedTime(started);
            long elapsedMs = (long)elapsed.TotalMilliseconds;
            metrics.SyncFinished(result.Succeeded ? "succeeded" : "failed", elapsed, c.DetailRequests);
            span?.SetTag("sync.appointments", c.AppointmentsSeen);
            span?.SetTag("sync.detail_requests", c.DetailRequests);
            if (result.Succeeded)
            {
                logger.SyncCompleted(businessId, c.AppointmentsSeen, c.Added, c.Updated, c.Unchanged, c.Cancelled, c.Restored,
                    c.DetailRequests, elapsedMs);
            }
            else
            {
                metrics.Failed("sync", result.Failure?.ToString() ?? "Unknown");
                span?.SetStatus(ActivityStatusCode.Error, result.Failure?.ToString());
                logger.SyncFailed(businessId, result.Failure, c.Added, c.Updated);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.SyncStopped(businessId);
        }
        catch (Exception ex)
        {
            metrics.Failed("sync", ex.GetType().Name);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            logger.SyncCrashed(businessId, ex);
        }
        finally
        {
            // Its outcome is stored by now: a list waiting for this sync can read it.
            watcher.Finished(businessId);
        }
    }
}
