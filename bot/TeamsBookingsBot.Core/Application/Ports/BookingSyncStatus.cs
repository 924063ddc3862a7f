namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// The last sync of one business. <paramref name="Error"/> is a plain-words sentence for the chat
/// ("Microsoft Graph refused access ..."), null when the sync succeeded.
/// </summary>
public sealed record BookingSyncStatus(
    string BusinessId,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    bool Succeeded,
    int AppointmentsSeen,
    int Added,
    int Updated,
    int Cancelled,
    int DetailRequests,
    string? Error)
{
    public TimeSpan? Duration => FinishedUtc - StartedUtc;
}
