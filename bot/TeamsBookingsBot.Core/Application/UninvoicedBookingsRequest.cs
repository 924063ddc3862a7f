using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What <see cref="ListUninvoicedBookings"/> lists. A null <paramref name="BusinessId"/> means the first
/// configured business (most installs have exactly one). The page is the one at <paramref name="Position"/>, else page
/// <paramref name="PageIndex"/> (counting from 0). Free bookings are listed only with <paramref name="IncludeFree"/>.
/// </summary>
public sealed record UninvoicedBookingsRequest(
    string? BusinessId,
    DateRange Range,
    BookingFilter Filter,
    int PageIndex = 0,
    bool IncludeCancelled = false,
    int PageSize = UninvoicedBookingsCriteria.DefaultPageSize,
    bool IncludeFree = false,
    ListPosition? Position = null)
{
    public UninvoicedBookingsCriteria ToCriteria() => new()
    {
        Range = Range,
        Filter = Filter,
        IncludeCancelled = IncludeCancelled,
        IncludeFree = IncludeFree,
        PageIndex = PageIndex,
        PageSize = PageSize,
        Position = Position,
    };
}
