using System.Globalization;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What one booking adds to the uninvoiced list's figures, per attendee, so a store can keep it beside the booking
/// and add it up for whichever attendees the ledger leaves open: a row's amount is the sum of its open attendees'
/// lines, and its warnings are theirs together (plus "partly invoiced"). Computed by <see cref="UninvoicedBookingsQuery"/>
/// itself, one open attendee at a time, so the stored figures are the list's own, not a copy of its rules.
/// <see cref="PriceNeededWhenCancelled"/> is what the row says about its price when the booking is cancelled (a
/// cancelled booking bills nothing).
/// </summary>
public sealed record BookingListFigures(IReadOnlyList<AttendeeListFigures> Attendees, bool PriceNeededWhenCancelled)
{
    /// <summary>Bump when the list's billing code changes what it computes: stored figures are then computed again.</summary>
    private const int Version = 1;

    private static readonly BookingRowWarnings RowOnly = BookingRowWarnings.PartiallyInvoiced | BookingRowWarnings.Cancelled;

    /// <summary>
    /// Identifies the code and <paramref name="rules"/> the figures depend on (neither the business's currency nor its zone
    /// changes an amount); figures stored under another fingerprint are stale.
    /// </summary>
    public static string FingerprintOf(BillingRules rules) => string.Create(CultureInfo.InvariantCulture,
        $"v{Version};{rules.GroupBilling};{rules.AmountCheck.UnusualAbove}");

    public static BookingListFigures Of(Booking booking, BillingRules rules)
    {
        // Amounts do not depend on the currency or the zone (they only label lines); every attendee is found in BC.
        var business = new BookingsBusiness(booking.BusinessId, booking.BusinessId, "UTC", "XXX");
        var query = new UninvoicedBookingsQuery(CompletionPolicy.Default, rules);
        var directory = new BookingsDirectory([business]);
        var criteria = new UninvoicedBookingsCriteria { IncludeCancelled = true, IncludeFree = true };
        IReadOnlyList<InvoiceLedgerKey> keys = InvoiceLedgerKey.AllFor(booking);
        Booking active = booking with { CancelledUtc = null };
        UninvoicedBookingRow RowWith(Booking b, LedgerState ledger) =>
            query.Run([b], ledger, directory, criteria, DateTimeOffset.MaxValue).Rows.Single();

        AttendeeListFigures[] attendees = [.. keys.Select(key =>
        {
            UninvoicedBookingRow row = RowWith(active, new LedgerState(keys.Where(other => other != key).ToHashSet()));
            return new AttendeeListFigures(key.CustomerKey, row.Amount?.Amount, row.Warnings & ~RowOnly);
        })];
        UninvoicedBookingRow cancelled = RowWith(booking with { CancelledUtc = booking.CancelledUtc ?? booking.StartUtc }, LedgerState.Empty);
        return new BookingListFigures(attendees, cancelled.Has(BookingRowWarnings.PriceNeeded));
    }
}
