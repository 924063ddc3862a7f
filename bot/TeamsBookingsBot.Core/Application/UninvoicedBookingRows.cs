using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>A listed booking as a row: its amount from the planner's bill, its line price and the warnings a card shows.</summary>
internal static class UninvoicedBookingRows
{
    public static UninvoicedBookingRow ToRow(
        Booking booking, IReadOnlyList<InvoiceLedgerKey> open, BookingsDirectory directory, IReadOnlyDictionary<string, BookingBill> bills)
    {
        BookingBill bill = bills.TryGetValue(booking.AppointmentId, out BookingBill? found) ? found : BookingBill.Nothing;
        BookingRowWarnings warnings = WarningsOf(booking, open, bill);
        string? currency = directory.CurrencyOf(booking.BusinessId);
        if (currency is null)
        {
            return new UninvoicedBookingRow(booking, null, null, open, warnings | BookingRowWarnings.CurrencyUnknown);
        }
        Money? line = InvoiceLinePricing.For(booking) is LinePrice.Known known ? new Money(known.Amount, currency) : null;
        if (bill.UnusualAmount is { } unusual)
        {
            line = new Money(unusual, currency);
        }
        Money? amount = bill.Lines > 0 ? new Money(bill.Billed, currency) : null;
        return new UninvoicedBookingRow(booking, line, amount, open, warnings);
    }

    private static BookingRowWarnings WarningsOf(Booking booking, IReadOnlyList<InvoiceLedgerKey> open, BookingBill bill)
    {
        BookingRowWarnings warnings = BookingRowWarnings.None;
        if (booking.IsCancelled)
        {
            warnings |= BookingRowWarnings.Cancelled;
        }
        if (open.Count < InvoiceLedgerKey.AllFor(booking).Count)
        {
            warnings |= BookingRowWarnings.PartiallyInvoiced;
        }
        if (bill.Free)
        {
            warnings |= BookingRowWarnings.Free;
        }
        // The planner names only the first thing a booking needs; the price is worth saying even then.
        warnings |= InvoiceLinePricing.For(booking) switch
        {
            LinePrice.Needed => PriceWarnings(booking),
            LinePrice.Negative => BookingRowWarnings.NegativePrice,
            LinePrice.InvalidTimes => BookingRowWarnings.InvalidTimes,
            _ => BookingRowWarnings.None,
        };
        foreach (PlanProblemKind problem in bill.Problems)
        {
            warnings |= problem switch
            {
                PlanProblemKind.PriceNeeded => PriceWarnings(booking),
                PlanProblemKind.NoCustomer => BookingRowWarnings.NoCustomer,
                PlanProblemKind.CustomerNotFound => BookingRowWarnings.CustomerUnidentified,
                PlanProblemKind.NegativePrice => BookingRowWarnings.NegativePrice,
                PlanProblemKind.InvalidDuration => BookingRowWarnings.InvalidTimes,
                PlanProblemKind.UnusualAmount => BookingRowWarnings.UnusualAmount,
                PlanProblemKind.UnmappedService => BookingRowWarnings.ServiceUnknown,
                _ => BookingRowWarnings.None, // BC-side problems the list cannot know about
            };
        }
        return warnings;
    }

    private static BookingRowWarnings PriceWarnings(Booking booking) =>
        booking.PriceType is BookingPriceType.PriceVaries or BookingPriceType.StartingAt
            ? BookingRowWarnings.PriceNeeded | BookingRowWarnings.PriceVaries
            : BookingRowWarnings.PriceNeeded;
}
