namespace TeamsBookingsBot.Application.Ports;

/// <summary>Outcome of <see cref="IActivityReceiptStore.TryBeginAsync"/>.</summary>
public abstract record ReceiptBeginResult
{
    private ReceiptBeginResult()
    {
    }

    /// <summary>First sight of this activity: the caller processes it, then completes or abandons the receipt.</summary>
    public sealed record Started : ReceiptBeginResult;

    /// <summary>A first request is still being processed: answer "still working" (invoke) or 200 (message).</summary>
    public sealed record InProgress(DateTimeOffset StartedUtc) : ReceiptBeginResult;

    /// <summary>Already processed: replay this response.</summary>
    public sealed record Completed(int Status, string? ResponseBody) : ReceiptBeginResult;
}
