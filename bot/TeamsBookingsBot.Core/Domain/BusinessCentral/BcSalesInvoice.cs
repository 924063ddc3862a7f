namespace TeamsBookingsBot.Domain.BusinessCentral;

/// <summary>
/// A sales invoice as BC reports it. <see cref="Number"/> is the draft number ("Invoice Nos.") until the
/// invoice is posted, then the posted number. Money is in <see cref="CurrencyCode"/>.
/// </summary>
public sealed record BcSalesInvoice(
    Guid Id,
    string Number,
    BcInvoiceStatus Status,
    string ExternalDocumentNumber,
    decimal TotalAmountIncludingTax,
    string CurrencyCode,
    string CustomerNumber)
{
    public Money Total => new(TotalAmountIncludingTax, CurrencyCode);
}
