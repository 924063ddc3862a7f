namespace TeamsBookingsBot.Domain;

/// <summary>One entry of an appointment's <c>customers[]</c>: who attended and is billed.</summary>
public sealed record BookingCustomer(string? CustomerId, string? Name, string? Email, string? Phone);
