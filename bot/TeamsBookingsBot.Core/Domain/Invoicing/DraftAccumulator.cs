namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>One draft being filled while the planner walks the bookings.</summary>
internal sealed record DraftAccumulator(InvoiceCustomer Customer, string Currency, bool IsLocal, string ExternalDocumentNumber)
{
    public List<DraftInvoiceLine> Lines { get; } = [];

    public DraftInvoice ToDraft()
    {
        // OrderBy is stable: attendees of one appointment keep their order in Bookings.
        List<DraftInvoiceLine> lines = Lines
            .OrderBy(l => l.StartUtc)
            .ThenBy(l => l.AppointmentId, StringComparer.Ordinal)
            .ToList();
        return new DraftInvoice(Customer, Currency, IsLocal, ExternalDocumentNumber, lines, new Money(lines.Sum(l => l.Amount), Currency));
    }
}
