namespace TeamsBookingsBot.Application.Setup;

/// <summary>Makes the stored sync schedule match saved settings at once: no restart.</summary>
public interface IBusinessSyncScheduler
{
    /// <summary>Schedules the business's sync job, or reschedules it when its interval changed.</summary>
    Task ApplyAsync(BusinessSettings settings, CancellationToken ct);

    /// <summary>Deletes the business's sync job (its stored bookings stay).</summary>
    Task RemoveAsync(string businessId, CancellationToken ct);
}
