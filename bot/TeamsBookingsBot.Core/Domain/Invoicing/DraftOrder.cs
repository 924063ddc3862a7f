using System.Globalization;

namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// The order drafts are planned, created and listed in, on the preview and on the result: by customer name as a
/// person reads it (a linguistic comparison, so "Émile" sorts with "E" and case does not matter; the bot has no
/// per-user locale, so the invariant culture's), an existing customer before a new one of the same name, then by
/// customer number with its digits as numbers ("C9000" before "C10000"), then by the run key so the order is total.
/// </summary>
internal sealed class DraftOrder : IComparer<DraftInvoice>
{
    public static DraftOrder Instance { get; } = new();

    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    private static readonly StringComparer Numbers = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering);

    public int Compare(DraftInvoice? x, DraftInvoice? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        int order = Names.Compare(NameOf(x.Customer), NameOf(y.Customer));
        if (order == 0)
        {
            order = (x.Customer is InvoiceCustomer.FromTemplate).CompareTo(y.Customer is InvoiceCustomer.FromTemplate);
        }
        if (order == 0)
        {
            order = Numbers.Compare(NumberOf(x.Customer), NumberOf(y.Customer));
        }
        return order != 0 ? order : string.CompareOrdinal(x.ExternalDocumentNumber, y.ExternalDocumentNumber);
    }

    private static string NameOf(InvoiceCustomer customer) => (customer switch
    {
        InvoiceCustomer.Existing existing => existing.Customer.DisplayName,
        InvoiceCustomer.FromTemplate template => template.Source.Name ?? template.Source.Email,
        _ => null,
    } ?? "").Trim();

    private static string NumberOf(InvoiceCustomer customer) =>
        customer is InvoiceCustomer.Existing existing ? existing.Customer.Number : "";
}
