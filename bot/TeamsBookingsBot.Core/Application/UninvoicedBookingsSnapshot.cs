using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What one listing was of: the business, the period and filters asked for, and the instant completion was judged at.
/// The bookings themselves stay in the store; a page of them is in the listing's result.
/// </summary>
/// <param name="NowUtc">The instant completion was judged at.</param>
/// <param name="LastSyncUtc">When the bookings were last fetched from Microsoft Bookings; null if never.</param>
public sealed record UninvoicedBookingsSnapshot(
    BookingsBusiness Business,
    DateRange Range,
    BookingFilter Filter,
    bool IncludeCancelled,
    bool IncludeFree,
    DateTimeOffset NowUtc,
    DateTimeOffset? LastSyncUtc);
