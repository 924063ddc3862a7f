namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Bookings service to BC item, as BC's "Booking Service Mapping". <see cref="Confirmed"/> is false for a mapping
/// the bot made itself from an exact, unique name match; a user's pick is confirmed and replaces it.
/// </summary>
public sealed record ServiceItemMapping(string BusinessId, string ServiceId, string ItemNumber, bool Confirmed, string By, DateTimeOffset AtUtc);
