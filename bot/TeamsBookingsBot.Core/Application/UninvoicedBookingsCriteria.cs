using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What to list. A null <see cref="Range"/> means any start time. The page is the one at <see cref="Position"/>
/// (keyset paging); without one, page <see cref="PageIndex"/> (counting from 0), as cards made before keyset paging ask.
/// </summary>
public sealed record UninvoicedBookingsCriteria
{
    public const int DefaultPageSize = 25;

    public DateRange? Range { get; init; }

    public BookingFilter Filter { get; init; } = BookingFilter.None;

    public bool IncludeCancelled { get; init; }

    /// <summary>List free bookings (nothing to bill) too, e.g. to mark them as invoiced; off by default.</summary>
    public bool IncludeFree { get; init; }

    public int PageIndex { get; init; }

    /// <summary>Where the page starts; null: at <see cref="PageIndex"/>.</summary>
    public ListPosition? Position { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}
