namespace TeamsBookingsBot.Domain;

/// <summary>
/// A configured Microsoft Bookings business. <see cref="Id"/> is the booking mailbox's SMTP
/// address (Graph's bookingBusiness id). <see cref="TimeZoneId"/> (IANA or Windows) is how times
/// are shown on cards; <see cref="CurrencyCode"/> is Bookings' defaultCurrencyIso.
/// </summary>
public sealed record BookingsBusiness(string Id, string DisplayName, string TimeZoneId, string CurrencyCode);
