namespace TeamsBookingsBot.Application.Setup;

/// <summary>One business of <c>GET /solutions/bookingBusinesses</c>, for the setup card's picker. Text is as Graph sent it.</summary>
public sealed record BookingsBusinessListing(string Id, string DisplayName, string? Email, string? TimeZoneId, string? CurrencyCode);
