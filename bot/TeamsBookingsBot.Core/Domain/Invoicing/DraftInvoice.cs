namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// One planned draft sales invoice: one BC customer per run. <see cref="CurrencyCode"/> is the ISO
/// code billed in (the LCY code when <see cref="IsLocalCurrency"/>); <see cref="ExternalDocumentNumber"/>
/// is the run key BC stores so a lost response can be found again.
/// </summary>
public sealed record DraftInvoice(
    InvoiceCustomer Customer,
    string CurrencyCode,
    bool IsLocalCurrency,
    string ExternalDocumentNumber,
    IReadOnlyList<DraftInvoiceLine> Lines,
    Money Total)
{
    public IReadOnlyList<InvoiceLedgerKey> LedgerKeys => [.. Lines.SelectMany(line => line.LedgerKeys)];

    /// <summary>
    /// After the customer was created from its template. The external document number stays: the
    /// ledger reserved the keys under it, and reconciliation looks it up.
    /// </summary>
    public DraftInvoice WithCreatedCustomer(BcCustomerRef created) => this with { Customer = new InvoiceCustomer.Existing(created) };
}
