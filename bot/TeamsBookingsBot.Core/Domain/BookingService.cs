namespace TeamsBookingsBot.Domain;

/// <summary>
/// A service offered by a Bookings business, with its default price. <see cref="Currency"/> is null
/// when it is the business's own currency (Bookings prices services in the business currency).
/// </summary>
public sealed record BookingService(
    string Id,
    string Name,
    decimal DefaultPrice,
    BookingPriceType DefaultPriceType,
    TimeSpan DefaultDuration,
    string? Currency);
