namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>An Item line of a draft invoice. BC's Description is Text[100].</summary>
public sealed record BcDraftInvoiceLine(string ItemNumber, string Description, decimal Quantity, decimal UnitPrice)
{
    public const int DescriptionMaxLength = 100;
}
