using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// One booking on the uninvoiced list. A group booking is one row; <see cref="Amount"/> is
/// <see cref="LineAmount"/> times the attendees still to bill, as invoicing makes one line per attendee.
/// Both are null when the price is needed or the currency is unknown.
/// </summary>
public sealed record UninvoicedBookingRow(
    Booking Booking,
    Money? LineAmount,
    Money? Amount,
    IReadOnlyList<LedgerKey> UninvoicedKeys,
    BookingRowWarnings Warnings)
{
    public bool Has(BookingRowWarnings warning) => (Warnings & warning) == warning;
}
