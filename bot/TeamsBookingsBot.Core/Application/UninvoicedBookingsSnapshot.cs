using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// Everything one listing loaded for one business and range, frozen at <see cref="NowUtc"/>. Paging it again
/// (e.g. a smaller page so the card fits Teams' size limit) is pure and sees the same bookings.
/// </summary>
public sealed class UninvoicedBookingsSnapshot
{
    private readonly IReadOnlyList<Booking> bookings;
    private readonly LedgerState ledger;
    private readonly BookingsDirectory directory;
    private readonly UninvoicedBookingsQuery query;

    internal UninvoicedBookingsSnapshot(
        BookingsBusiness business,
        UninvoicedBookingsRequest request,
        IReadOnlyList<Booking> bookings,
        LedgerState ledger,
        BookingsDirectory directory,
        UninvoicedBookingsQuery query,
        DateTimeOffset nowUtc,
        DateTimeOffset? lastSyncUtc)
    {
        Business = business;
        Range = request.Range;
        Filter = request.Filter;
        IncludeCancelled = request.IncludeCancelled;
        IncludeFree = request.IncludeFree;
        this.bookings = bookings;
        this.ledger = ledger;
        this.directory = directory;
        this.query = query;
        NowUtc = nowUtc;
        LastSyncUtc = lastSyncUtc;
    }

    public BookingsBusiness Business { get; }

    public DateRange Range { get; }

    public BookingFilter Filter { get; }

    public bool IncludeCancelled { get; }

    public bool IncludeFree { get; }

    /// <summary>The instant completion was judged at.</summary>
    public DateTimeOffset NowUtc { get; }

    /// <summary>When the bookings were last fetched from Microsoft Bookings; null if never.</summary>
    public DateTimeOffset? LastSyncUtc { get; }

    public UninvoicedBookingsResult Page(int pageIndex, int pageSize) =>
        query.Run(bookings, ledger, directory, new UninvoicedBookingsCriteria
        {
            Range = Range,
            Filter = Filter,
            IncludeCancelled = IncludeCancelled,
            IncludeFree = IncludeFree,
            PageIndex = pageIndex,
            PageSize = pageSize,
        }, NowUtc);
}
