namespace TeamsBookingsBot.Application.Ports;

/// <summary>"sync now": asks the scheduler to run a business's sync as soon as the running one (if any) ends.</summary>
public interface IBookingSyncTrigger
{
    Task RequestSyncNowAsync(string businessId, CancellationToken ct);
}
