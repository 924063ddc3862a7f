using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>The BC client's records as the planner's references.</summary>
internal static class BusinessCentralRefs
{
    public static BcCustomerRef ToRef(this BcCustomer customer) => new(
        customer.Id, customer.Number, customer.DisplayName, string.IsNullOrWhiteSpace(customer.Email) ? null : customer.Email,
        customer.CurrencyCode, customer.IsBlockedForInvoicing);

    public static BcItemRef ToRef(this BcItem item) => new(item.Id, item.Number, item.DisplayName, item.Type);

    public static BcDraftInvoice ToBusinessCentral(this DraftInvoice draft, string customerNumber, DateOnly invoiceDate) => new(
        customerNumber,
        draft.ExternalDocumentNumber,
        invoiceDate,
        [.. draft.Lines.Select(line => new BcDraftInvoiceLine(line.LineObjectNumber, line.Description, line.Quantity, line.UnitPrice))],
        draft.IsLocalCurrency ? null : draft.CurrencyCode);
}
