namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>
/// How far the sync reads around now, how many per-appointment GETs run at once for one business (Graph allows
/// four concurrent requests per mailbox; the Graph client's gate enforces it, this only avoids queueing), and how
/// many appointments are written per transaction: 500 keeps a first sync of 10,000 to about 20 commits while a
/// transaction stays a few milliseconds of SQLite's single writer.
/// </summary>
public sealed record BookingSyncSettings(int WindowDaysBack, int WindowDaysAhead, int DetailParallelism = 4, int WriteBatchSize = 500)
{
    public (DateTimeOffset FromUtc, DateTimeOffset ToUtc) WindowAround(DateTimeOffset nowUtc) =>
        (nowUtc.AddDays(-WindowDaysBack), nowUtc.AddDays(WindowDaysAhead));
}
