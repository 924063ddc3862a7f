namespace TeamsBookingsBot.Application;

/// <summary>
/// What one attendee of a booking adds to the uninvoiced list while the attendee is still to bill: the amount of
/// the attendee's invoice line (null when nothing is billed yet) and the warnings the booking's row then carries.
/// </summary>
/// <param name="CustomerKey">The attendee's ledger key (<c>InvoiceLedgerKey.CustomerKey</c>).</param>
public sealed record AttendeeListFigures(string CustomerKey, decimal? Billed, BookingRowWarnings Warnings)
{
    public bool Free => (Warnings & BookingRowWarnings.Free) != 0;

    public bool PriceNeeded => (Warnings & BookingRowWarnings.PriceNeeded) != 0;

    /// <summary>The row would need attention (<see cref="UninvoicedBookingRow.NeedsAttention"/>) were the booking not cancelled.</summary>
    public bool NeedsAttention => UninvoicedBookingRow.NeedsAttentionWith(Warnings);
}
