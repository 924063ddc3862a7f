namespace TeamsBookingsBot.Application.Ports;

/// <summary>Lets an answer wait for a business's sync instead of telling the user to come back later.</summary>
public interface IBookingSyncWatcher
{
    /// <summary>
    /// Completes when the next sync of <paramref name="businessId"/> that runs in this process finishes, successfully
    /// or not. A cluster may run it on another node, so a caller also reads the sync status now and then.
    /// </summary>
    Task NextFinishAsync(string businessId, CancellationToken ct);
}
