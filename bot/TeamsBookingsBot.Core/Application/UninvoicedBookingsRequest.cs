using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What <see cref="ListUninvoicedBookings"/> lists. A null <paramref name="BusinessId"/> means the first
/// configured business (most installs have exactly one); pages count from 0. Free bookings are listed only with
/// <paramref name="IncludeFree"/>.
/// </summary>
public sealed record UninvoicedBookingsRequest(
    string? BusinessId,
    DateRange Range,
    BookingFilter Filter,
    int PageIndex = 0,
    bool IncludeCancelled = false,
    int PageSize = UninvoicedBookingsCriteria.DefaultPageSize,
    bool IncludeFree = false);
