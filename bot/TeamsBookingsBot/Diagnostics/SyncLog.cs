using Microsoft.Extensions.Logging;
using Quartz;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>Bookings sync events (20xx, from 2050: GraphLog has the first). Business ids and counts only.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 2050, Level = LogLevel.Information,
        Message = "Synced {BusinessId}: {Seen} appointments, {Added} added, {Updated} updated, {Unchanged} unchanged, {Cancelled} cancelled, {Restored} restored, {DetailRequests} detail GETs in {ElapsedMs} ms")]
    public static partial void SyncCompleted(this ILogger logger, string businessId, int seen, int added, int updated, int unchanged,
        int cancelled, int restored, int detailRequests, long elapsedMs);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Warning,
        Message = "Sync of {BusinessId} failed ({Failure}) after {Added} added and {Updated} updated; the next firing retries")]
    public static partial void SyncFailed(this ILogger logger, string businessId, BookingsSourceFailure? failure, int added, int updated);

    [LoggerMessage(EventId = 2052, Level = LogLevel.Error,
        Message = "Sync of {BusinessId} stopped on an unexpected error; the next firing retries")]
    public static partial void SyncCrashed(this ILogger logger, string businessId, Exception exception);

    [LoggerMessage(EventId = 2053, Level = LogLevel.Information,
        Message = "Scheduled the sync of {BusinessId} every {IntervalMinutes} min")]
    public static partial void SyncScheduled(this ILogger logger, string businessId, int intervalMinutes);

    [LoggerMessage(EventId = 2054, Level = LogLevel.Information,
        Message = "Rescheduled the sync of {BusinessId} from every {OldIntervalMinutes} to every {IntervalMinutes} min")]
    public static partial void SyncRescheduled(this ILogger logger, string businessId, double oldIntervalMinutes, int intervalMinutes);

    [LoggerMessage(EventId = 2055, Level = LogLevel.Information,
        Message = "Removed the sync job {JobKey}: its business is no longer set up")]
    public static partial void SyncUnscheduled(this ILogger logger, JobKey jobKey);

    [LoggerMessage(EventId = 2056, Level = LogLevel.Information,
        Message = "Sync of {BusinessId} requested now")]
    public static partial void SyncRequested(this ILogger logger, string businessId);

    [LoggerMessage(EventId = 2057, Level = LogLevel.Warning,
        Message = "Sync of {BusinessId} was stopped by shutdown")]
    public static partial void SyncStopped(this ILogger logger, string businessId);

    [LoggerMessage(EventId = 2058, Level = LogLevel.Error,
        Message = "Sync job {JobKey} has no business id in its job data; it does nothing")]
    public static partial void SyncJobWithoutBusiness(this ILogger logger, JobKey jobKey);
}
