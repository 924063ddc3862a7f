namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Exactly-once receipt of inbound activities (protocol spec §4): Teams retries an activity that took
/// more than 15 s, so a retry must replay the first answer instead of acting twice.
/// </summary>
public interface IActivityReceiptStore
{
    /// <summary>
    /// Records the receipt atomically: of any number of concurrent callers with the same key exactly one gets
    /// <see cref="ReceiptBeginResult.Started"/>. A receipt left in progress longer than the store's
    /// in-progress timeout (a crashed process) is handed to the next caller as Started.
    /// </summary>
    Task<ReceiptBeginResult> TryBeginAsync(ActivityReceiptKey key, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>
    /// <see cref="TryBeginAsync"/> for an activity whose answer is known before it is processed (a message: 200, no body):
    /// the receipt is stored with that answer, so the activity costs this one write and is never completed. Retries get
    /// <see cref="ReceiptBeginResult.Completed"/> with <paramref name="status"/> and are not processed again, not even
    /// past the in-progress timeout (the first processing may have acted); <see cref="AbandonAsync"/> still forgets it.
    /// </summary>
    Task<ReceiptBeginResult> TryBeginAnsweredAsync(ActivityReceiptKey key, int status, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>Stores the response to replay to retries.</summary>
    Task CompleteAsync(ActivityReceiptKey key, int status, string? responseBody, CancellationToken ct);

    /// <summary>Processing failed before any side effect: forget the receipt so that a retry starts again.</summary>
    Task AbandonAsync(ActivityReceiptKey key, CancellationToken ct);

    /// <summary>Deletes receipts started before <paramref name="olderThanUtc"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct);
}
