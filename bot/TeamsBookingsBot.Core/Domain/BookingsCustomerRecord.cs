namespace TeamsBookingsBot.Domain;

/// <summary>
/// A customer from a Bookings business's customer list. Email is not unique in Bookings:
/// two records may share one.
/// </summary>
public sealed record BookingsCustomerRecord(string Id, string DisplayName, string? Email, string? Phone);
