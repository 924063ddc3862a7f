namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>Why an attendee the ledger already holds is left off, in the card's words.</summary>
internal static class LedgerSkips
{
    public static SkippedBooking For(Booking booking, BookingCustomer customer, LedgerEntry entry)
    {
        (SkipReason reason, string message) = entry switch
        {
            LedgerEntry.Invoiced i => (SkipReason.AlreadyInvoiced, $"Already invoiced on {i.InvoiceNumber}."),
            LedgerEntry.Reserved r => (SkipReason.BeingInvoiced, $"Being invoiced by another run (reference {r.ExternalDocumentNumber})."),
            LedgerEntry.MarkedInvoiced => (SkipReason.MarkedInvoiced, "Marked as invoiced without an invoice."),
            LedgerEntry.Excluded x => (SkipReason.Excluded, $"Excluded from invoicing: {x.Reason}"),
            _ => throw new InvalidOperationException($"Ledger state {entry.GetType().Name} does not block invoicing."),
        };
        return new SkippedBooking(booking, reason, message) { Customer = customer, LedgerEntry = entry };
    }
}
