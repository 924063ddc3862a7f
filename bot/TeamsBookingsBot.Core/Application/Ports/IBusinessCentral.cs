using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Business Central (API v2.0) for one configured company: customers, service items and draft sales invoices.
/// Known remote failures throw <see cref="BusinessCentralException"/> carrying BC's message; a creating call
/// whose outcome is unknown throws <see cref="BusinessCentralOutcomeUnknownException"/> and is never retried
/// by the implementation.
/// </summary>
public interface IBusinessCentral
{
    /// <summary>All companies the app may see (used once to resolve the configured company).</summary>
    Task<IReadOnlyList<BcCompany>> GetCompaniesAsync(CancellationToken ct);

    /// <summary>
    /// Customers whose E-Mail equals <paramref name="email"/> (BC compares case-insensitively). Zero, one or
    /// several: BC does not enforce unique emails, so the caller decides what several means.
    /// </summary>
    Task<IReadOnlyList<BcCustomer>> FindCustomersByEmailAsync(string email, CancellationToken ct);

    /// <summary>The customer with this number, or null when there is none.</summary>
    Task<BcCustomer?> GetCustomerByNumberAsync(string number, CancellationToken ct);

    /// <summary>
    /// Creates a customer. API v2.0 cannot apply a BC customer template, so settings are copied from the
    /// template customer named by <see cref="BcNewCustomer.TemplateCustomerNumber"/> (or the configured
    /// <c>BusinessCentral:CustomerTemplate</c>); without one BC's defaults apply.
    /// </summary>
    Task<BcCustomer> CreateCustomerAsync(BcNewCustomer customer, CancellationToken ct);

    /// <summary>Every item of Type = Service (all pages).</summary>
    Task<IReadOnlyList<BcItem>> ListServiceItemsAsync(CancellationToken ct);

    /// <summary>Items whose display name equals <paramref name="displayName"/> (any type).</summary>
    Task<IReadOnlyList<BcItem>> FindItemsByNameAsync(string displayName, CancellationToken ct);

    /// <summary>
    /// Creates one draft sales invoice with all its lines: one deep-insert POST, or, where BC rejects
    /// multi-line deep insert, a header POST plus transactional <c>$batch</c> calls for the lines (the empty
    /// header is deleted again if the lines fail). At most <c>MaxParallelInvoices</c> run at once.
    /// </summary>
    Task<BcSalesInvoice> CreateSalesInvoiceAsync(BcDraftInvoice draft, CancellationToken ct);

    /// <summary>Invoices (draft or posted) carrying this external document number: the reconciliation query.</summary>
    Task<IReadOnlyList<BcSalesInvoice>> FindSalesInvoicesByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken ct);

    /// <summary>The invoice with this API id, or null when there is none.</summary>
    Task<BcSalesInvoice?> GetSalesInvoiceAsync(Guid id, CancellationToken ct);

    /// <summary>Deletes the invoice only if it is still a draft; a posted invoice is reported, not touched.</summary>
    Task<BcDeleteDraftResult> DeleteDraftSalesInvoiceAsync(Guid id, CancellationToken ct);

    /// <summary>A link that opens the Sales Invoice card (page 43) for this draft number in BC's web client.</summary>
    Task<Uri> GetSalesInvoiceWebLinkAsync(string invoiceNumber, CancellationToken ct);
}
