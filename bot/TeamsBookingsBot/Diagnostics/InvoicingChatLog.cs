namespace TeamsBookingsBot.Teams.Invoicing;

internal static partial class InvoicingChatLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information,
        Message = "Previewed run {RunId}: {DraftCount} drafts, {ProblemCount} problems, {SkippedCount} skipped")]
    public static partial void Previewed(ILogger logger, Guid runId, int draftCount, int problemCount, int skippedCount);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information,
        Message = "Run {RunId} finished within the wait: {CreatedCount} created, {FailedCount} failed, already completed: {AlreadyCompleted}")]
    public static partial void RunFinished(ILogger logger, Guid runId, int createdCount, int failedCount, bool alreadyCompleted);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Information, Message = "Run {RunId} is still running; answered with the progress card")]
    public static partial void RunContinuesInBackground(ILogger logger, Guid runId);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Information,
        Message = "Run {RunId} finished after the answer: {CreatedCount} created, {FailedCount} failed; updating the card")]
    public static partial void RunFinishedLate(ILogger logger, Guid runId, int createdCount, int failedCount);

    [LoggerMessage(EventId = 7205, Level = LogLevel.Error, Message = "Run {RunId} failed after the answer; the card shows an error")]
    public static partial void RunFailedLate(ILogger logger, Exception exception, Guid runId);

    [LoggerMessage(EventId = 7206, Level = LogLevel.Warning, Message = "Could not put the outcome of run {RunId} on message {ActivityId}")]
    public static partial void OutcomeNotDelivered(ILogger logger, Exception exception, Guid runId, string activityId);

    [LoggerMessage(EventId = 7207, Level = LogLevel.Information, Message = "Undo of invoice {InvoiceId}: {Outcome}")]
    public static partial void Undo(ILogger logger, Guid invoiceId, string outcome);

    [LoggerMessage(EventId = 7208, Level = LogLevel.Information, Message = "{Change} of {Count} bookings: {Outcome}")]
    public static partial void LedgerChanged(ILogger logger, string change, int count, string outcome);

    [LoggerMessage(EventId = 7209, Level = LogLevel.Information,
        Message = "Exported {ShownCount} of {EntryCount} audit entries ({Bytes} bytes of CSV)")]
    public static partial void AuditExported(ILogger logger, int shownCount, int entryCount, int bytes);
}
