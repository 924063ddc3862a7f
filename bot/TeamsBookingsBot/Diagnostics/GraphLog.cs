using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>Graph Bookings events (2xxx). Mailbox and appointment ids only; never customer names or emails.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Listed {Count} appointments of {BusinessId} in {Pages} pages ({WithoutCustomers} without customers) in {ElapsedMs} ms")]
    public static partial void AppointmentsListed(this ILogger logger, string businessId, int count, int pages, int withoutCustomers, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Appointment {AppointmentId} of {BusinessId} does not exist (404)")]
    public static partial void AppointmentNotFound(this ILogger logger, string businessId, string appointmentId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Graph answered {StatusCode} for mailbox {Mailbox}; retry {Attempt} of {MaxAttempts} in {DelayMs} ms ({Reason})")]
    public static partial void Retrying(this ILogger logger, string mailbox, int statusCode, int attempt, int maxAttempts, long delayMs, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Graph still answered {StatusCode} for mailbox {Mailbox} after {Retries} retries; giving up")]
    public static partial void RetriesExhausted(this ILogger logger, string mailbox, int statusCode, int retries);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Graph {Operation} for {BusinessId} failed: {Failure} (HTTP {StatusCode})")]
    public static partial void CallFailed(this ILogger logger, string operation, string businessId, string failure, int? statusCode, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Graph client for {BaseUrl} created with {AuthMode} authentication, {MaxPerMailbox} concurrent requests per mailbox")]
    public static partial void ClientCreated(this ILogger logger, string baseUrl, string authMode, int maxPerMailbox);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "Graph request for mailbox {Mailbox} got no answer within {TimeoutSeconds} s")]
    public static partial void AttemptTimedOut(this ILogger logger, string mailbox, int timeoutSeconds);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug,
        Message = "Listed {Count} {Kind} of {BusinessId}")]
    public static partial void ListRead(this ILogger logger, string businessId, string kind, int count);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning,
        Message = "Graph answered {StatusCode} for mailbox {Mailbox} with Retry-After {RetryAfterMs} ms, beyond the {MaxDelayMs} ms limit; not retrying")]
    public static partial void RetryAfterTooLong(this ILogger logger, string mailbox, int statusCode, long retryAfterMs, long maxDelayMs);
}
