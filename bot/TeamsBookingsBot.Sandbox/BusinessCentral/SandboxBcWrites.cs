using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

// Every write validates first and mutates last, so a rejected request changes nothing.
internal sealed class SandboxBcWrites(BusinessCentralSandbox sandbox)
{
    // The Base Application fields behind the API v2.0 properties: Customer.Name, "E-Mail", "Phone No.";
    // Sales Header."External Document No."; Sales Line.Description. BC refuses a longer value; it never cuts it.
    private const int CustomerNameLength = 100;
    private const int EmailLength = 80;
    private const int PhoneNumberLength = 30;
    private const int ExternalDocumentNumberLength = 35;
    private const int DescriptionLength = 100;

    public SandboxBcResult CreateCustomer(SandboxBcCompany company, JsonNode? body)
    {
        string? name = Str(body, "displayName");
        if (string.IsNullOrWhiteSpace(name))
        {
            return SandboxBcResult.Error(400, "Application_DialogException", "displayName must have a value in Customer.");
        }
        if ((TooLong(name, CustomerNameLength) ?? TooLong(Str(body, "email"), EmailLength) ?? TooLong(Str(body, "phoneNumber"), PhoneNumberLength)) is { } tooLong)
        {
            return tooLong;
        }
        SandboxBcCustomer customer = new()
        {
            Number = company.NextCustomerNumber(),
            DisplayName = name,
            Email = Str(body, "email") ?? "",
            PhoneNumber = Str(body, "phoneNumber") ?? "",
            Type = Str(body, "type") ?? "Person",
            CurrencyCode = Str(body, "currencyCode") ?? "",
            PaymentTermsId = GuidOf(body, "paymentTermsId"),
            PaymentMethodId = GuidOf(body, "paymentMethodId"),
            ShipmentMethodId = GuidOf(body, "shipmentMethodId"),
            TaxLiable = body?["taxLiable"]?.GetValue<bool>() ?? false,
            TaxAreaId = GuidOf(body, "taxAreaId"),
        };
        company.Customers.Add(customer);
        return new SandboxBcResult(201, SandboxBcJson.Customer(customer));
    }

    public SandboxBcResult CreateInvoice(SandboxBcCompany company, JsonNode? body)
    {
        string? customerNumber = Str(body, "customerNumber");
        Guid customerId = GuidOf(body, "customerId");
        if (string.IsNullOrEmpty(customerNumber) && customerId == Guid.Empty)
        {
            return SandboxBcResult.Error(400, "Application_DialogException", "A customerNumber or a customerId must be provided.");
        }
        SandboxBcCustomer? customer = customerId != Guid.Empty
            ? company.Customers.FirstOrDefault(c => c.Id == customerId)
            : company.Customers.FirstOrDefault(c => c.Number == customerNumber);
        if (customer is null)
        {
            return SandboxBcResult.Error(400, "Internal_RecordNotFound",
                $"The Customer does not exist. Identification fields and values: No.='{customerNumber ?? customerId.ToString()}'");
        }
        if (customer.Blocked is "All" or "Invoice")
        {
            return SandboxBcResult.Error(400, "Application_DialogException",
                $"You cannot create this type of document when Customer {customer.Number} is blocked with type {customer.Blocked}");
        }
        string externalDocumentNumber = Str(body, "externalDocumentNumber") ?? "";
        if (TooLong(externalDocumentNumber, ExternalDocumentNumberLength) is { } tooLong)
        {
            return tooLong;
        }
        JsonArray lineNodes = body?["salesInvoiceLines"] as JsonArray ?? [];
        if (lineNodes.Count > 1 && sandbox.Faults.RejectMultiLineDeepInsert)
        {
            return SandboxBcResult.Error(500, "Internal_ServerError",
                "You cannot change the value of the SystemId field.\r\n\r\nTable: Sales Line\r\n\r\nIdentification fields and values:\r\n"
                + "Document Type='Invoice',Document No.='',Line No.='20000'");
        }
        SandboxBcInvoice invoice = new()
        {
            Number = "",
            Customer = customer,
            CurrencyCode = Str(body, "currencyCode") ?? customer.CurrencyCode,
            ExternalDocumentNumber = externalDocumentNumber,
            InvoiceDate = DateOnly.TryParse(Str(body, "invoiceDate"), CultureInfo.InvariantCulture, out DateOnly d) ? d : DateOnly.FromDateTime(sandbox.NowUnsafe.UtcDateTime),
            LastModified = sandbox.NowUnsafe,
        };
        foreach (JsonNode? lineNode in lineNodes)
        {
            if (BuildLine(company, invoice, lineNode, out SandboxBcLine? line) is { } error)
            {
                return error;
            }
            invoice.Lines.Add(line!);
        }
        invoice.Number = company.NextInvoiceNumber();
        company.Invoices.Add(invoice);
        return new SandboxBcResult(201, SandboxBcJson.Invoice(invoice, company.LocalCurrencyCode, expandLines: false));
    }

    public SandboxBcResult AddLine(SandboxBcCompany company, SandboxBcInvoice invoice, JsonNode? body)
    {
        if (invoice.Status != "Draft")
        {
            return SandboxBcResult.Error(400, "Application_DialogException", "You cannot add lines to a posted invoice.");
        }
        if (BuildLine(company, invoice, body, out SandboxBcLine? line) is { } error)
        {
            return error;
        }
        invoice.Lines.Add(line!);
        invoice.LastModified = sandbox.NowUnsafe;
        return new SandboxBcResult(201, SandboxBcJson.Line(line!));
    }

    public SandboxBcResult AddLineByDocumentId(SandboxBcCompany company, JsonNode? body)
    {
        Guid documentId = GuidOf(body, "documentId");
        return company.Invoices.FirstOrDefault(i => i.Id == documentId) is { } invoice
            ? AddLine(company, invoice, body)
            : SandboxBcResult.Error(400, "Internal_RecordNotFound", $"The Sales Header does not exist. Identification fields and values: Id='{documentId}'");
    }

    private static SandboxBcResult? BuildLine(SandboxBcCompany company, SandboxBcInvoice invoice, JsonNode? node, out SandboxBcLine? line)
    {
        line = null;
        string lineType = Str(node, "lineType") ?? "Item";
        string number = Str(node, "lineObjectNumber") ?? "";
        decimal quantity = node?["quantity"]?.GetValue<decimal>() ?? 0m;
        int sequence = ((invoice.Lines.Count == 0 ? 0 : invoice.Lines.Max(l => l.Sequence)) / 10000 + 1) * 10000;
        if (lineType == "Comment")
        {
            line = new SandboxBcLine(Guid.NewGuid(), invoice.Id, sequence, lineType, "", Guid.Empty, Str(node, "description") ?? "", 0m, 0m, "");
            return null;
        }
        if (lineType != "Item")
        {
            return SandboxBcResult.Error(400, "Application_DialogException", $"The sandbox only supports Item and Comment lines, not {lineType}.");
        }
        SandboxBcItem? item = company.Items.FirstOrDefault(i => i.Number == number);
        if (item is null)
        {
            return SandboxBcResult.Error(400, "Internal_RecordNotFound", $"The Item does not exist. Identification fields and values: No.='{number}'");
        }
        if (item.Blocked)
        {
            return SandboxBcResult.Error(400, "Application_DialogException", $"Blocked must be equal to 'No'  in Item: No.={item.Number}. Current value is 'Yes'.");
        }
        decimal unitPrice = node?["unitPrice"]?.GetValue<decimal>() ?? item.UnitPrice;
        string description = Str(node, "description") ?? item.DisplayName;
        if (TooLong(description, DescriptionLength) is { } tooLong)
        {
            return tooLong;
        }
        line = new SandboxBcLine(Guid.NewGuid(), invoice.Id, sequence, "Item", item.Number, item.Id, description, quantity, unitPrice, item.BaseUnitOfMeasureCode);
        return null;
    }

    public SandboxBcResult DeleteInvoice(SandboxBcCompany company, string? key)
    {
        SandboxBcInvoice? invoice = Guid.TryParse(key, out Guid id) ? company.Invoices.FirstOrDefault(i => i.Id == id) : null;
        if (invoice is null)
        {
            return SandboxBcResult.NotFound("salesInvoices");
        }
        if (invoice.Status != "Draft")
        {
            return SandboxBcResult.Error(400, "Application_DialogException",
                $"You cannot delete posted sales invoice {invoice.Number}. Cancel it with a credit memo instead.");
        }
        company.Invoices.Remove(invoice);
        return new SandboxBcResult(204, null);
    }

    public SandboxBcResult Post(SandboxBcCompany company, SandboxBcInvoice invoice)
    {
        if (invoice.Status != "Draft")
        {
            return SandboxBcResult.Error(400, "Application_DialogException", $"Sales invoice {invoice.Number} is already posted.");
        }
        if (invoice.Lines.All(l => l.Quantity == 0))
        {
            return SandboxBcResult.Error(400, "Application_DialogException", "There is nothing to post.");
        }
        // Posting moves the document to "Posted Invoice Nos.": the number the bot saw as a draft changes.
        invoice.Status = "Open";
        invoice.Number = company.NextPostedInvoiceNumber();
        invoice.LastModified = sandbox.NowUnsafe;
        return new SandboxBcResult(204, null);
    }

    private static SandboxBcResult? TooLong(string? value, int length) => value is not null && value.Length > length
        ? SandboxBcResult.Error(400, "Application_StringExceededLength",
            $"The length of the string is {value.Length}, but it must be less than or equal to {length} characters. Value: {value}")
        : null;

    private static string? Str(JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static Guid GuidOf(JsonNode? node, string name) => Guid.TryParse(Str(node, name), out Guid g) ? g : Guid.Empty;
}
