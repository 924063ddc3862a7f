namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>What every billed attendee of one appointment gets: item, quantity, unit price.</summary>
internal sealed record LinePricing(DraftLineKind Kind, string ItemNumber, decimal Quantity, decimal UnitPrice, string DescriptionPrefix)
{
    // BC's Quantity has 0:5 decimal places; 1h20 must not become a 28-digit fraction.
    public const int QuantityDecimals = 5;
    public const int AmountDecimals = 2;

    public decimal Amount => Math.Round(Quantity * UnitPrice, AmountDecimals, MidpointRounding.AwayFromZero);
}
