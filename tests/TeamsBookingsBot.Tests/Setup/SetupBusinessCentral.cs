using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Setup;

/// <summary>The part of Business Central a setup save reads: companies, customers by number, Service items.</summary>
internal sealed class SetupBusinessCentral : IBusinessCentral, IBusinessCentralConnections
{
    public List<BcCompany> Companies { get; } = [new(Guid.Parse("11111111-1111-1111-1111-111111111111"), "CRONUS", "CRONUS USA, Inc.")];

    public List<BcCustomer> Customers { get; } = [new(Guid.NewGuid(), "C-TEMPLATE", "Template", "", "", " ")];

    public List<BcItem> ServiceItems { get; } = [new(Guid.NewGuid(), "S-CUT", "Haircut", "Service", 30m, false)];

    public BusinessCentralException? Failure { get; set; }

    public List<(string TenantId, BcCompanyRef Company)> Opened { get; } = [];

    public IBusinessCentral For(string tenantId, BcCompanyRef company)
    {
        Opened.Add((tenantId, company));
        return this;
    }

    public Task<IReadOnlyList<BcCompany>> GetCompaniesAsync(CancellationToken ct) => Answer<IReadOnlyList<BcCompany>>(Companies);

    public Task<BcCustomer?> GetCustomerByNumberAsync(string number, CancellationToken ct) =>
        Answer(Customers.FirstOrDefault(c => c.Number == number));

    public Task<IReadOnlyList<BcItem>> ListServiceItemsAsync(CancellationToken ct) => Answer<IReadOnlyList<BcItem>>(ServiceItems);

    public Task<IReadOnlyList<BcCustomer>> FindCustomersByEmailAsync(string email, CancellationToken ct) => throw Unused();

    public Task<BcCustomer> CreateCustomerAsync(BcNewCustomer customer, CancellationToken ct) => throw Unused();

    public Task<IReadOnlyList<BcItem>> FindItemsByNameAsync(string displayName, CancellationToken ct) => throw Unused();

    public Task<BcSalesInvoice> CreateSalesInvoiceAsync(BcDraftInvoice draft, CancellationToken ct) => throw Unused();

    public Task<IReadOnlyList<BcSalesInvoice>> FindSalesInvoicesByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken ct) => throw Unused();

    public Task<BcSalesInvoice?> GetSalesInvoiceAsync(Guid id, CancellationToken ct) => throw Unused();

    public Task<BcDeleteDraftResult> DeleteDraftSalesInvoiceAsync(Guid id, CancellationToken ct) => throw Unused();

    public Task<Uri> GetSalesInvoiceWebLinkAsync(string invoiceNumber, CancellationToken ct) => throw Unused();

    private Task<T> Answer<T>(T value) => Failure is { } failure ? Task.FromException<T>(failure) : Task.FromResult(value);

    // A setup save must never create, change or delete anything in Business Central.
    private static InvalidOperationException Unused() => new("A setup save called Business Central beyond its checks.");
}
