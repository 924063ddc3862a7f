using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot.Diagnostics;

/// <summary>Invoicing events (31xx, inside Business Central's 3xxx range). Ids and counts only.</summary>
internal static partial class InvoicingLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Invoice reconciliation: {Invoiced} reservations found in Business Central, {Released} released, {StillUnknown} still unknown, {Live} held by live runs")]
    public static partial void ReconciliationCompleted(this ILogger logger, int invoiced, int released, int stillUnknown, int live);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Invoice reconciliation failed; the next pass retries")]
    public static partial void ReconciliationFailed(this ILogger logger, Exception exception);
}
