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

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Graph {Operation} for {BusinessId} failed: {Failure} (HTTP {StatusCode})")]
    public static partial void CallFailed(this ILogger logger, string operation, string businessId, string failure, int? statusCode, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Graph client for {BaseUrl} created with {AuthMode} authentication, {MaxPerMailbox} concurrent requests per mailbox")]
    public static partial void ClientCreated(this ILogger logger, string baseUrl, string authMode, int maxPerMailbox);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug,
        Message = "Listed {Count} {Kind} of {BusinessId}")]
    public static partial void ListRead(this ILogger logger, string businessId, string kind, int count);

}
