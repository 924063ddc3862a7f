using Microsoft.Extensions.Logging;
using Azure.Core;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// API v2.0 implementation of <see cref="IBusinessCentral"/> for one company of one environment of one tenant (a
/// connection of <see cref="BusinessCentralConnections"/>, whose session keeps the company resolved once).
/// </summary>
internal sealed class BusinessCentralClient : IBusinessCentral
{
    private readonly BusinessCentralHttp _http;
    private readonly BusinessCentralOptions _options;
    private readonly BusinessCentralSession _session;
    private readonly BusinessCentralInvoiceWriter _invoices;
    private readonly BusinessCentralEndpoint _endpoint;
    private readonly ILogger _logger;

    public BusinessCentralClient(
        HttpClient http, BusinessCentralOptions options, BusinessCentralEndpoint endpoint, BusinessCentralSession session,
        Func<TokenCredential?> credential, ILogger logger)
    {
        _options = options;
        _session = session;
        _logger = logger;
        _endpoint = endpoint;
        _http = new BusinessCentralHttp(http, endpoint, credential, logger);
        _invoices = new BusinessCentralInvoiceWriter(_http, _options, session, logger);
    }

    public async Task<IReadOnlyList<BcCompany>> GetCompaniesAsync(CancellationToken ct)
    {
        List<CompanyDto> companies = await _http.GetAllAsync<CompanyDto>(BusinessCentralCallKind.Company, "companies", ct);
        return companies.Select(c => c.ToCompany()).ToList();
    }

    public async Task<IReadOnlyList<BcCustomer>> FindCustomersByEmailAsync(string email, CancellationToken ct)
    {
        string stored = BusinessCentralText.Contact(email, BusinessCentralText.EmailLength) ?? "";
        string path = await CompanyPathAsync(ct) + "/customers?" + ODataFilter.Query(ODataFilter.Equal("email", stored));
        List<CustomerDto> customers = await _http.GetAllAsync<CustomerDto>(BusinessCentralCallKind.CustomerLookup, path, ct);
        return customers.Select(c => c.ToCustomer()).ToList();
    }

    public async Task<BcCustomer?> GetCustomerByNumberAsync(string number, CancellationToken ct) =>
        (await FindCustomerDtoByNumberAsync(number, ct))?.ToCustomer();

    public async Task<BcCustomer> CreateCustomerAsync(BcNewCustomer customer, CancellationToken ct)
    {
        string? templateNumber = customer.TemplateCustomerNumber ?? _options.CustomerTemplate;
        CustomerDto? template = null;
        if (!string.IsNullOrWhiteSpace(templateNumber))
        {
            template = await FindCustomerDtoByNumberAsync(templateNumber, ct)
                ?? throw new BusinessCentralException("Client_TemplateNotFound",
                    $"The template customer {templateNumber} does not exist in Business Central.", null, isTransient: false);
        }
        CustomerCreateDto body = CustomerCreateDto.From(customer, template);
        string path = await CompanyPathAsync(ct) + "/customers";
        CustomerDto created = await _http.PostAsync<CustomerDto>(BusinessCentralCallKind.CustomerCreate, path, body, null, null, ct);
        _logger.CustomerCreated(created.Number ?? "", created.Id);
        return created.ToCustomer();
    }

    public async Task<IReadOnlyList<BcItem>> ListServiceItemsAsync(CancellationToken ct)
    {
        string path = await CompanyPathAsync(ct) + "/items?" + ODataFilter.Query(ODataFilter.Equal("type", "Service"));
        List<ItemDto> items = await _http.GetAllAsync<ItemDto>(BusinessCentralCallKind.ItemLookup, path, ct);
        return items.Select(i => i.ToItem()).ToList();
    }

    public async Task<IReadOnlyList<BcItem>> FindItemsByNameAsync(string displayName, CancellationToken ct)
    {
        if (displayName.Length > BusinessCentralText.ItemNameLength)
        {
            return []; // no item can have a longer name
        }
        string path = await CompanyPathAsync(ct) + "/items?" + ODataFilter.Query(ODataFilter.Equal("displayName", displayName));
        List<ItemDto> items = await _http.GetAllAsync<ItemDto>(BusinessCentralCallKind.ItemLookup, path, ct);
        return items.Select(i => i.ToItem()).ToList();
    }

    public async Task<BcSalesInvoice> CreateSalesInvoiceAsync(BcDraftInvoice draft, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.ExternalDocumentNumber.Length, BcDraftInvoice.ExternalDocumentNumberMaxLength, nameof(draft));
        ArgumentOutOfRangeException.ThrowIfZero(draft.Lines.Count, nameof(draft));
        string companyPath = await CompanyPathAsync(ct);
        await _session.InvoiceGate.WaitAsync(ct);
        try
        {
            return await _invoices.CreateAsync(companyPath, draft, ct);
        }
        finally
        {
            _session.InvoiceGate.Release();
        }
    }

    public async Task<IReadOnlyList<BcSalesInvoice>> FindSalesInvoicesByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken ct)
    {
        string path = await CompanyPathAsync(ct) + "/salesInvoices?"
            + ODataFilter.Query(ODataFilter.Equal("externalDocumentNumber", externalDocumentNumber));
        List<SalesInvoiceDto> invoices = await _http.GetAllAsync<SalesInvoiceDto>(BusinessCentralCallKind.ReconcileGet, path, ct);
        return invoices.Select(i => i.ToInvoice()).ToList();
    }

    public async Task<BcSalesInvoice?> GetSalesInvoiceAsync(Guid id, CancellationToken ct)
    {
        string path = await CompanyPathAsync(ct) + $"/salesInvoices({id})";
        return (await _http.GetOrDefaultAsync<SalesInvoiceDto>(BusinessCentralCallKind.ReconcileGet, path, ct))?.ToInvoice();
    }

    public async Task<BcDeleteDraftResult> DeleteDraftSalesInvoiceAsync(Guid id, CancellationToken ct)
    {
        BcSalesInvoice? invoice = await GetSalesInvoiceAsync(id, ct);
        if (invoice is null)
        {
            return new BcDeleteDraftResult.NotFound(id);
        }
        if (invoice.Status != BcInvoiceStatus.Draft)
        {
            _logger.DeleteRefused(id, invoice.Status);
            return new BcDeleteDraftResult.NotDraft(id, invoice.Number, invoice.Status);
        }
        // A 404 here means a retried DELETE already succeeded, or someone deleted it meanwhile: gone either way.
        await _http.DeleteAsync(BusinessCentralCallKind.Delete, await CompanyPathAsync(ct) + $"/salesInvoices({id})", ct);
        _logger.DraftDeleted(id);
        return new BcDeleteDraftResult.Deleted(id);
    }

    public async Task<Uri> GetSalesInvoiceWebLinkAsync(string invoiceNumber, CancellationToken ct)
    {
        BcCompany company = await CompanyAsync(ct);
        return BusinessCentralWebLinks.SalesInvoice(_endpoint.WebClientRoot, _endpoint.TenantId, _endpoint.Environment, company.Name, invoiceNumber);
    }

    private async Task<CustomerDto?> FindCustomerDtoByNumberAsync(string number, CancellationToken ct)
    {
        string path = await CompanyPathAsync(ct) + "/customers?" + ODataFilter.Query(ODataFilter.Equal("number", number));
        List<CustomerDto> customers = await _http.GetAllAsync<CustomerDto>(BusinessCentralCallKind.CustomerLookup, path, ct);
        return customers.FirstOrDefault();
    }

    private async Task<string> CompanyPathAsync(CancellationToken ct) => $"companies({(await CompanyAsync(ct)).Id})";

    private Task<BcCompany> CompanyAsync(CancellationToken ct) => _session.GetCompanyAsync(ResolveCompanyAsync, ct);

    private async Task<BcCompany> ResolveCompanyAsync(CancellationToken ct)
    {
        IReadOnlyList<BcCompany> companies = await GetCompaniesAsync(ct);
        BcCompany company = (_options.CompanyId is { } id
                ? companies.FirstOrDefault(c => c.Id == id)
                : companies.FirstOrDefault(c => string.Equals(c.Name, _options.CompanyName, StringComparison.OrdinalIgnoreCase)))
            ?? throw new BusinessCentralException("Client_CompanyNotFound",
                $"Business Central has no company {(object?)_options.CompanyId ?? _options.CompanyName} for this app.", null, isTransient: false);
        _logger.CompanyResolved(company.Id);
        return company;
    }
}
