namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// One change to a stored appointment, kept so that a change to an appointment that is already invoiced can
/// be raised later ("changed after invoicing"). <see cref="Description"/> is short plain words with times,
/// prices and ids only, never customer names or emails.
/// </summary>
public sealed record AppointmentChange(
    string BusinessId,
    string AppointmentId,
    DateTimeOffset DetectedUtc,
    AppointmentChangeKind Kind,
    DateTimeOffset? OldLastUpdatedUtc,
    DateTimeOffset? NewLastUpdatedUtc,
    AppointmentChangedFields Fields,
    string Description);
