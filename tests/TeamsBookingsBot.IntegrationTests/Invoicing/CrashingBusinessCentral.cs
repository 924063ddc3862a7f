using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The real client, except that an armed invoice creation dies after reserving, before BC is called.</summary>
internal sealed class CrashingBusinessCentral(IBusinessCentral inner, Func<bool> crashBeforeCreate) : IBusinessCentral
{
    public Task<BcSalesInvoice> CreateSalesInvoiceAsync(BcDraftInvoice draft, CancellationToken ct) =>
        crashBeforeCreate()
            ? throw new InvalidOperationException("The process died before calling Business Central.")
            : inner.CreateSalesInvoiceAsync(draft, ct);

    public Task<IReadOnlyList<BcCompany>> GetCompaniesAsync(CancellationToken ct) => inner.GetCompaniesAsync(ct);

    public Task<IReadOnlyList<BcCustomer>> FindCustomersByEmailAsync(string email, CancellationToken ct) => inner.FindCustomersByEmailAsync(email, ct);

    public Task<BcCustomer?> GetCustomerByNumberAsync(string number, CancellationToken ct) => inner.GetCustomerByNumberAsync(number, ct);

    public Task<BcCustomer> CreateCustomerAsync(BcNewCustomer customer, CancellationToken ct) => inner.CreateCustomerAsync(customer, ct);

    public Task<IReadOnlyList<BcItem>> ListServiceItemsAsync(CancellationToken ct) => inner.ListServiceItemsAsync(ct);

    public Task<IReadOnlyList<BcItem>> FindItemsByNameAsync(string displayName, CancellationToken ct) => inner.FindItemsByNameAsync(displayName, ct);

    public Task<IReadOnlyList<BcSalesInvoice>> FindSalesInvoicesByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken ct) =>
        inner.FindSalesInvoicesByExternalDocumentNumberAsync(externalDocumentNumber, ct);

    public Task<BcSalesInvoice?> GetSalesInvoiceAsync(Guid id, CancellationToken ct) => inner.GetSalesInvoiceAsync(id, ct);

    public Task<BcDeleteDraftResult> DeleteDraftSalesInvoiceAsync(Guid id, CancellationToken ct) => inner.DeleteDraftSalesInvoiceAsync(id, ct);

    public Task<Uri> GetSalesInvoiceWebLinkAsync(string invoiceNumber, CancellationToken ct) => inner.GetSalesInvoiceWebLinkAsync(invoiceNumber, ct);
}
