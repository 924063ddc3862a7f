using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

// API v2.0 wire shapes (camelCase). Only the fields the bot reads or writes; BC sends many more.

internal sealed record ODataList<T>(
    [property: JsonPropertyName("value")] List<T>? Value,
    [property: JsonPropertyName("@odata.nextLink")] string? NextLink);

internal sealed record CompanyDto(Guid Id, string? Name, string? DisplayName)
{
    public BcCompany ToCompany() => new(Id, Name ?? "", DisplayName ?? Name ?? "");
}

internal sealed record CustomerDto(
    Guid Id, string? Number, string? DisplayName, string? Email, string? PhoneNumber, string? CurrencyCode, string? Blocked,
    Guid? PaymentTermsId, Guid? PaymentMethodId, Guid? ShipmentMethodId, bool? TaxLiable, Guid? TaxAreaId, string? Type)
{
    public BcCustomer ToCustomer() => new(Id, Number ?? "", DisplayName ?? "", Email ?? "", CurrencyCode ?? "", Blocked ?? " ");
}

internal sealed record CustomerCreateDto(
    string DisplayName, string? Email, string? PhoneNumber, string? Type, string? CurrencyCode,
    Guid? PaymentTermsId, Guid? PaymentMethodId, Guid? ShipmentMethodId, bool? TaxLiable, Guid? TaxAreaId)
{
    /// <summary>The new customer's Bookings details, fitted to BC's fields, with the template customer's settings.</summary>
    public static CustomerCreateDto From(BcNewCustomer customer, CustomerDto? template) => new(
        BusinessCentralText.Readable(customer.DisplayName, BusinessCentralText.CustomerNameLength),
        BusinessCentralText.Contact(customer.Email, BusinessCentralText.EmailLength),
        BusinessCentralText.Contact(customer.PhoneNumber, BusinessCentralText.PhoneNumberLength),
        template?.Type, NullIfEmpty(template?.CurrencyCode), NullIfEmpty(template?.PaymentTermsId), NullIfEmpty(template?.PaymentMethodId),
        NullIfEmpty(template?.ShipmentMethodId), template?.TaxLiable, NullIfEmpty(template?.TaxAreaId));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static Guid? NullIfEmpty(Guid? value) => value is null || value == Guid.Empty ? null : value;
}

internal sealed record ItemDto(Guid Id, string? Number, string? DisplayName, string? Type, decimal UnitPrice, bool Blocked)
{
    public BcItem ToItem() => new(Id, Number ?? "", DisplayName ?? "", Type ?? "", UnitPrice, Blocked);
}

internal sealed record SalesInvoiceDto(
    Guid Id, string? Number, string? Status, string? ExternalDocumentNumber, decimal TotalAmountIncludingTax,
    string? CurrencyCode, string? CustomerNumber)
{
    public BcSalesInvoice ToInvoice() => new(Id, Number ?? "", ParseStatus(Status), ExternalDocumentNumber ?? "",
        TotalAmountIncludingTax, CurrencyCode ?? "", CustomerNumber ?? "");

    public static BcInvoiceStatus ParseStatus(string? status) => status?.Trim() switch
    {
        "Draft" => BcInvoiceStatus.Draft,
        "In Review" => BcInvoiceStatus.InReview,
        "Open" => BcInvoiceStatus.Open,
        "Paid" => BcInvoiceStatus.Paid,
        "Canceled" => BcInvoiceStatus.Canceled,
        "Corrective" => BcInvoiceStatus.Corrective,
        _ => BcInvoiceStatus.Unknown,
    };
}

internal sealed record SalesInvoiceCreateDto(
    string CustomerNumber, string ExternalDocumentNumber, DateOnly InvoiceDate, string? CurrencyCode,
    List<SalesInvoiceLineCreateDto>? SalesInvoiceLines);

internal sealed record SalesInvoiceLineCreateDto(string LineType, string LineObjectNumber, string Description, decimal Quantity, decimal UnitPrice)
{
    public static SalesInvoiceLineCreateDto From(BcDraftInvoiceLine line) => new(
        "Item",
        line.ItemNumber,
        BusinessCentralText.Readable(line.Description, BusinessCentralText.LineDescriptionLength),
        line.Quantity,
        line.UnitPrice);
}

internal sealed record BatchRequestDto(List<BatchOperationDto> Requests);

internal sealed record BatchOperationDto(string Method, string Id, string Url, Dictionary<string, string> Headers, JsonNode? Body);

internal sealed record BatchResponseDto(List<BatchOperationResultDto>? Responses);

internal sealed record BatchOperationResultDto(string? Id, int Status, JsonElement? Body);

internal static class BusinessCentralJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
