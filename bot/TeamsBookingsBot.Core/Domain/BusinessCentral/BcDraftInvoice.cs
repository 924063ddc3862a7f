namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// A draft sales invoice to create. <see cref="ExternalDocumentNumber"/> is our run key (BC field is
/// Text[35]) so an interrupted run can be reconciled. <see cref="InvoiceDate"/> becomes BC's "Document Date".
/// <see cref="CurrencyCode"/> null means the customer's currency.
/// </summary>
public sealed record BcDraftInvoice(
    string CustomerNumber,
    string ExternalDocumentNumber,
    DateOnly InvoiceDate,
    IReadOnlyList<BcDraftInvoiceLine> Lines,
    string? CurrencyCode = null)
{
    public const int ExternalDocumentNumberMaxLength = 35;
}
