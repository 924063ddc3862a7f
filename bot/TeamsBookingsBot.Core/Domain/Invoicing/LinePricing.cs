namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>What every billed attendee of one appointment gets: item, quantity, unit price.</summary>
internal sealed record LinePricing(DraftLineKind Kind, string ItemNumber, decimal Quantity, decimal UnitPrice, string DescriptionPrefix)
{
    public decimal Amount => InvoiceLinePricing.Amount(Quantity, UnitPrice);
}
