namespace TeamsBookingsBot.Application.Ports;

/// <summary>Answers "sync status" in the chat.</summary>
public interface IBookingSyncStatusReader
{
    /// <summary>The latest sync of the business (running or finished), or null when it never synced.</summary>
    Task<BookingSyncStatus?> GetLatestAsync(string businessId, CancellationToken ct);

    /// <summary>The latest successful sync, or null.</summary>
    Task<BookingSyncStatus?> GetLastSuccessAsync(string businessId, CancellationToken ct);
}
