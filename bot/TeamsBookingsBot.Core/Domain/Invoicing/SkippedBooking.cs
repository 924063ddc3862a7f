namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// A booking (or one attendee of it, when <see cref="Customer"/> is set) deliberately left off the plan.
/// <see cref="LedgerEntry"/> is the ledger state that caused it, if any.
/// </summary>
public sealed record SkippedBooking(Booking Booking, SkipReason Reason, string Message)
{
    public BookingCustomer? Customer { get; init; }

    public LedgerEntry? LedgerEntry { get; init; }
}
