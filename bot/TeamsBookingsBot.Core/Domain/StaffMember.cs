namespace TeamsBookingsBot.Domain;

/// <summary>A staff member of a Bookings business (appointments name them by id).</summary>
public sealed record StaffMember(string Id, string DisplayName, string? Email);
