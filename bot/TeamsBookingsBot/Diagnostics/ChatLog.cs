namespace TeamsBookingsBot.Diagnostics;

internal static partial class ChatLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Listed {Count} uninvoiced bookings: page {Page} of {Pages}, {PageSize} a page, card {Bytes} bytes")]
    public static partial void UninvoicedListed(this ILogger logger, int count, int page, int pages, int pageSize, int bytes);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information,
        Message = "Shrank the uninvoiced list from {RequestedPageSize} to {PageSize} bookings a page to fit Teams' card limit")]
    public static partial void UninvoicedPageShrunk(this ILogger logger, int requestedPageSize, int pageSize);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "No uninvoiced list yet: {Reason}")]
    public static partial void UninvoicedNotReady(this ILogger logger, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Requested a Bookings sync of {BusinessCount} businesses from the chat")]
    public static partial void SyncRequestedFromChat(this ILogger logger, int businessCount);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Replaced the fetching card {ActivityId} once the first sync ended: {Outcome}")]
    public static partial void FirstSyncListDelivered(this ILogger logger, string activityId, string outcome);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "Could not replace the fetching card {ActivityId} with the list")]
    public static partial void FirstSyncListNotDelivered(this ILogger logger, Exception exception, string activityId);
}
