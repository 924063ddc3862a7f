using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>
/// One booking on the uninvoiced list. A group booking is one row. <see cref="Amount"/> is what its invoice lines
/// come to as the preview would plan them (one line per attendee still to bill), null when nothing is billed yet;
/// only it counts in the totals. <see cref="LineAmount"/> is the price of one line from Bookings, shown even when the
/// row waits for something (e.g. an amount to confirm); null when Bookings has no usable price.
/// </summary>
public sealed record UninvoicedBookingRow(
    Booking Booking,
    Money? LineAmount,
    Money? Amount,
    IReadOnlyList<InvoiceLedgerKey> UninvoicedKeys,
    BookingRowWarnings Warnings)
{
    public bool Has(BookingRowWarnings warning) => (Warnings & warning) == warning;

    private const BookingRowWarnings AttentionWarnings =
        BookingRowWarnings.PriceNeeded | BookingRowWarnings.NoCustomer | BookingRowWarnings.CurrencyUnknown | BookingRowWarnings.NegativePrice
        | BookingRowWarnings.InvalidTimes | BookingRowWarnings.UnusualAmount | BookingRowWarnings.CustomerUnidentified | BookingRowWarnings.ServiceUnknown;

    /// <summary>Something must happen before invoicing bills it, or all of it (a price, a customer, a confirmation, fixed times).</summary>
    public bool NeedsAttention => NeedsAttentionWith(Warnings);

    /// <summary>Whether a row with <paramref name="warnings"/> needs attention: it waits for something and is not cancelled.</summary>
    public static bool NeedsAttentionWith(BookingRowWarnings warnings) =>
        (warnings & AttentionWarnings) != 0 && (warnings & BookingRowWarnings.Cancelled) == 0;
}
