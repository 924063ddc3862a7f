namespace TeamsBookingsBot.Application.Ports;

/// <summary>The list cards the bot posted (<see cref="ListSnapshot"/>), so their buttons can be tied to their chat.</summary>
public interface IListSnapshotStore
{
    Task SaveAsync(ListSnapshot snapshot, CancellationToken ct);

    /// <summary>The snapshot, or null when there is none with that id (never made, or purged).</summary>
    Task<ListSnapshot?> GetAsync(Guid listId, CancellationToken ct);

    /// <summary>Deletes snapshots made before <paramref name="olderThanUtc"/>; their cards then answer "out of date".</summary>
    Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct);
}
