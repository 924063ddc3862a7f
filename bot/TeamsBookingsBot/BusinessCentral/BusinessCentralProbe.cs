using System.Text.Json;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The harmless calls "Test connection" makes in one environment: first pages only, and a draft invoice that Business
/// Central itself rolls back. Failures throw <see cref="BusinessCentralException"/> like every other call.
/// </summary>
internal sealed class BusinessCentralProbe(BusinessCentralHttp http)
{
    private const string NoSuchInvoice = "salesInvoices(00000000-0000-0000-0000-000000000000)";
    private static readonly Dictionary<string, string> SnapshotIsolation = new() { ["Isolation"] = "snapshot" };
    private static readonly Dictionary<string, string> JsonHeaders = new() { ["Content-Type"] = "application/json" };

    public async Task<IReadOnlyList<BcCompany>> CompaniesAsync(CancellationToken ct) =>
        [.. (await http.GetAllAsync<CompanyDto>(BusinessCentralCallKind.Company, "companies", ct)).Select(c => c.ToCompany())];

    /// <summary>The number of the first customer BC lists, or null when the company has none.</summary>
    public async Task<string?> FirstCustomerNumberAsync(Guid companyId, CancellationToken ct) =>
        (await http.GetAsync<ODataList<CustomerDto>>(BusinessCentralCallKind.CustomerLookup, $"companies({companyId})/customers?$top=1", ct))
            .Value?.FirstOrDefault()?.Number;

    public async Task<BcCustomer?> CustomerAsync(Guid companyId, string number, CancellationToken ct) =>
        (await http.GetAsync<ODataList<CustomerDto>>(BusinessCentralCallKind.CustomerLookup,
            $"companies({companyId})/customers?" + ODataFilter.Query(ODataFilter.Equal("number", number)), ct)).Value?.FirstOrDefault()?.ToCustomer();

    /// <summary>The item with this number (any type), or null.</summary>
    public async Task<BcItem?> ItemAsync(Guid companyId, string number, CancellationToken ct) =>
        (await http.GetAsync<ODataList<ItemDto>>(BusinessCentralCallKind.ItemLookup,
            $"companies({companyId})/items?" + ODataFilter.Query(ODataFilter.Equal("number", number)), ct)).Value?.FirstOrDefault()?.ToItem();

    public async Task ReadFirstItemAsync(Guid companyId, CancellationToken ct) =>
        await http.GetAsync<ODataList<ItemDto>>(BusinessCentralCallKind.ItemLookup, $"companies({companyId})/items?$top=1", ct);

    /// <summary>
    /// Creates a draft for <paramref name="customerNumber"/> inside a transactional <c>$batch</c> (<c>Isolation:
    /// snapshot</c>) whose second operation deletes an invoice that cannot exist, so the batch fails and BC undoes the
    /// draft: the first operation's answer says whether the app may create drafts, and nothing stays behind. Should BC
    /// keep it anyway, it is found by its external document number and deleted; <see cref="DraftProbe.LeftBehindDeleted"/> says so.
    /// </summary>
    public async Task<DraftProbe> CreateRolledBackDraftAsync(Guid companyId, string customerNumber, DateOnly today, CancellationToken ct)
    {
        string marker = "CHECK-" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant();
        string company = $"companies({companyId})";
        var header = new SalesInvoiceCreateDto(customerNumber, marker, today, null, null);
        BatchRequestDto request = new(
        [
            new BatchOperationDto("POST", "1", company + "/salesInvoices", JsonHeaders, JsonSerializer.SerializeToNode(header, BusinessCentralJson.Options)),
            new BatchOperationDto("DELETE", "2", $"{company}/{NoSuchInvoice}", new Dictionary<string, string>(), null),
        ]);
        BatchResponseDto response = await http.PostAsync<BatchResponseDto>(BusinessCentralCallKind.Batch, "$batch", request, SnapshotIsolation, marker, ct);
        BatchOperationResultDto? create = response.Responses?.FirstOrDefault(r => r.Id == "1");
        BusinessCentralException? refused = create is null || create.Status is >= 200 and < 300
            ? null
            : BusinessCentralErrors.FromResponse(create.Status, null, create.Body?.GetRawText());
        bool deleted = false;
        foreach (SalesInvoiceDto kept in await http.GetAllAsync<SalesInvoiceDto>(BusinessCentralCallKind.ReconcileGet,
            $"{company}/salesInvoices?" + ODataFilter.Query(ODataFilter.Equal("externalDocumentNumber", marker)), ct))
        {
            deleted |= await http.DeleteAsync(BusinessCentralCallKind.Delete, $"{company}/salesInvoices({kept.Id})", ct);
        }
        return new DraftProbe(create is not null && refused is null, refused, deleted);
    }

    /// <param name="Created">BC accepted the draft (before rolling it back).</param>
    /// <param name="Refused">BC's answer to the draft when it did not accept it.</param>
    /// <param name="LeftBehindDeleted">BC kept the draft despite the failed batch, and the check deleted it.</param>
    public sealed record DraftProbe(bool Created, BusinessCentralException? Refused, bool LeftBehindDeleted);
}
