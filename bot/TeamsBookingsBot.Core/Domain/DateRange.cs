namespace TeamsBookingsBot.Domain;

/// <summary>
/// A half-open UTC interval [FromUtc, ToUtc) on booking start. <see cref="Label"/> is how the user said it
/// ("yesterday", "last 7 days", "20 Nov 2026"), for echoing on cards.
/// </summary>
public sealed record DateRange
{
    public DateRange(DateTimeOffset fromUtc, DateTimeOffset toUtc, string label)
    {
        if (toUtc < fromUtc)
        {
            throw new ArgumentException($"The range ends ({toUtc:O}) before it starts ({fromUtc:O}).", nameof(toUtc));
        }
        FromUtc = fromUtc.ToUniversalTime();
        ToUtc = toUtc.ToUniversalTime();
        Label = label;
    }

    public DateTimeOffset FromUtc { get; }

    public DateTimeOffset ToUtc { get; }

    public string Label { get; }

    public bool Contains(DateTimeOffset instant) => instant >= FromUtc && instant < ToUtc;
}
