namespace TeamsBookingsBot.Application.Setup;

/// <summary>"Test connection": checks Graph and Business Central for settings that need not be saved yet. Never throws for a remote failure.</summary>
public interface IConnectionCheck
{
    Task<ConnectionReport> CheckAsync(BusinessSettings settings, CancellationToken ct);
}
