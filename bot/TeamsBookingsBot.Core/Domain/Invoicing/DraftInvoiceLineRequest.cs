namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>One entry of BC API v2.0 <c>salesInvoiceLines</c> in a deep insert; property names match BC's in camelCase.</summary>
public sealed record DraftInvoiceLineRequest(string LineType, string LineObjectNumber, string Description, decimal Quantity, decimal UnitPrice);
