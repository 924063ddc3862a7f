namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// The body of BC API v2.0 <c>POST companies({id})/salesInvoices</c> with its lines nested (deep insert);
/// property names match BC's in camelCase. <see cref="CurrencyCode"/> is null for the company's local
/// currency, because BC stores LCY as an empty code and defaults it from the customer.
/// <see cref="InvoiceDate"/> is BC's "Document Date".
/// </summary>
public sealed record DraftInvoiceRequest(
    string CustomerNumber,
    string ExternalDocumentNumber,
    DateOnly InvoiceDate,
    string? CurrencyCode,
    IReadOnlyList<DraftInvoiceLineRequest> SalesInvoiceLines)
{
    /// <summary>
    /// Maps a planned draft. A customer still to be created from a template must be created first
    /// (<see cref="DraftInvoice.WithCreatedCustomer"/>): posting without a customer number is a bug.
    /// </summary>
    public static DraftInvoiceRequest From(DraftInvoice draft, DateOnly invoiceDate)
    {
        if (draft.Customer is not InvoiceCustomer.Existing existing)
        {
            throw new InvalidOperationException(
                $"Draft {draft.ExternalDocumentNumber} has no BC customer yet; create it from its template first.");
        }
        return new DraftInvoiceRequest(
            existing.Customer.Number,
            draft.ExternalDocumentNumber,
            invoiceDate,
            draft.IsLocalCurrency ? null : draft.CurrencyCode,
            [.. draft.Lines.Select(line => new DraftInvoiceLineRequest(line.LineType, line.LineObjectNumber, line.Description, line.Quantity, line.UnitPrice))]);
    }
}
