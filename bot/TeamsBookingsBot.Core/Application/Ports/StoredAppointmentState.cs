namespace TeamsBookingsBot.Application.Ports;

/// <summary>A stored appointment as the sync compares it with Graph's list.</summary>
public sealed record StoredAppointmentState(
    string AppointmentId,
    DateTimeOffset? LastUpdatedUtc,
    bool HasCustomers,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    DateTimeOffset? CancelledUtc);
