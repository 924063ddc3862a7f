namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>Counts of a running sync; per-appointment GETs run in parallel, so every count is interlocked.</summary>
internal sealed class SyncProgress
{
    private int seen;
    private int added;
    private int updated;
    private int unchanged;
    private int cancelled;
    private int restored;
    private int detailRequests;
    private int services;
    private int customers;
    private int staff;

    public void Seen(int count) => Interlocked.Exchange(ref seen, count);

    public void Added(int count) => Interlocked.Add(ref added, count);

    public void Updated(int count) => Interlocked.Add(ref updated, count);

    public void Unchanged(int count) => Interlocked.Add(ref unchanged, count);

    public void Cancelled(int count) => Interlocked.Add(ref cancelled, count);

    public void Restored(int count) => Interlocked.Add(ref restored, count);

    public void DetailRequest() => Interlocked.Increment(ref detailRequests);

    public void ReferenceLists(int serviceCount, int customerCount, int staffCount)
    {
        Interlocked.Exchange(ref services, serviceCount);
        Interlocked.Exchange(ref customers, customerCount);
        Interlocked.Exchange(ref staff, staffCount);
    }

    public BookingSyncCounts Snapshot() => new(
        Volatile.Read(ref seen), Volatile.Read(ref added), Volatile.Read(ref updated), Volatile.Read(ref unchanged),
        Volatile.Read(ref cancelled), Volatile.Read(ref restored), Volatile.Read(ref detailRequests),
        Volatile.Read(ref services), Volatile.Read(ref customers), Volatile.Read(ref staff));
}
