using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>Entity JSON in API v2.0 shape (subset of fields, same names and types as the docs' examples).</summary>
internal static class SandboxBcJson
{
    public static JsonObject Company(SandboxBcCompany c) => new()
    {
        ["id"] = c.Id, ["systemVersion"] = "26.0.0.0", ["name"] = c.Name, ["displayName"] = c.Name, ["businessProfileId"] = "",
    };

    public static JsonObject Customer(SandboxBcCustomer c) => new()
    {
        ["id"] = c.Id, ["number"] = c.Number, ["displayName"] = c.DisplayName, ["type"] = c.Type, ["email"] = c.Email,
        ["phoneNumber"] = c.PhoneNumber, ["currencyId"] = Guid.Empty, ["currencyCode"] = c.CurrencyCode,
        ["paymentTermsId"] = c.PaymentTermsId, ["paymentMethodId"] = c.PaymentMethodId, ["shipmentMethodId"] = c.ShipmentMethodId,
        ["taxLiable"] = c.TaxLiable, ["taxAreaId"] = c.TaxAreaId, ["blocked"] = c.Blocked,
    };

    public static JsonObject Item(SandboxBcItem i) => new()
    {
        ["id"] = i.Id, ["number"] = i.Number, ["displayName"] = i.DisplayName, ["type"] = i.Type, ["blocked"] = i.Blocked,
        ["unitPrice"] = i.UnitPrice, ["baseUnitOfMeasureCode"] = i.BaseUnitOfMeasureCode, ["priceIncludesTax"] = false,
    };

    public static JsonObject Invoice(SandboxBcInvoice inv, string localCurrency, bool expandLines)
    {
        decimal total = inv.Lines.Sum(l => l.Amount);
        string date = inv.InvoiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        JsonObject json = new()
        {
            ["id"] = inv.Id, ["number"] = inv.Number, ["externalDocumentNumber"] = inv.ExternalDocumentNumber,
            ["invoiceDate"] = date, ["postingDate"] = date, ["dueDate"] = date,
            ["customerId"] = inv.Customer.Id, ["customerNumber"] = inv.Customer.Number, ["customerName"] = inv.Customer.DisplayName,
            ["currencyCode"] = string.IsNullOrEmpty(inv.CurrencyCode) ? localCurrency : inv.CurrencyCode,
            ["pricesIncludeTax"] = false, ["discountAmount"] = 0m, ["totalAmountExcludingTax"] = total, ["totalTaxAmount"] = 0m,
            ["totalAmountIncludingTax"] = total, ["status"] = inv.Status,
            ["lastModifiedDateTime"] = inv.LastModified.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["phoneNumber"] = inv.Customer.PhoneNumber, ["email"] = inv.Customer.Email,
        };
        if (expandLines)
        {
            json["salesInvoiceLines"] = new JsonArray(inv.Lines.Select(l => (JsonNode)Line(l)).ToArray());
        }
        return json;
    }

    public static JsonObject Line(SandboxBcLine l) => new()
    {
        ["id"] = l.Id, ["documentId"] = l.DocumentId, ["sequence"] = l.Sequence, ["itemId"] = l.ItemId, ["accountId"] = Guid.Empty,
        ["lineType"] = l.LineType, ["lineObjectNumber"] = l.LineObjectNumber, ["description"] = l.Description,
        ["unitOfMeasureCode"] = l.UnitOfMeasureCode, ["unitPrice"] = l.UnitPrice, ["quantity"] = l.Quantity,
        ["discountAmount"] = 0m, ["discountPercent"] = 0m, ["amountExcludingTax"] = l.Amount, ["taxPercent"] = 0m,
        ["totalTaxAmount"] = 0m, ["amountIncludingTax"] = l.Amount, ["netAmount"] = l.Amount,
    };
}
