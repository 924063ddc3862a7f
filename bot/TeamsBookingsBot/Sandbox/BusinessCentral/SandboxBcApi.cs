using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// API v2.0 resources of the sandbox, addressed by the path after <c>api/v2.0/</c>. Called under the
/// sandbox lock; every write validates first and mutates last, so a rejected request changes nothing.
/// </summary>
internal sealed partial class SandboxBcApi(BusinessCentralSandbox sandbox)
{
    public SandboxBcResult Execute(string method, string path, IReadOnlyDictionary<string, string> query, JsonNode? body, string root)
    {
        List<(string Name, string? Key)> segments = [];
        foreach (string raw in path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            Match m = Segment().Match(raw);
            if (!m.Success)
            {
                return SandboxBcResult.NotFound(raw);
            }
            segments.Add((m.Groups["name"].Value, m.Groups["key"].Success ? m.Groups["key"].Value.Trim('\'') : null));
        }
        if (segments.Count == 0 || segments[0].Name != "companies")
        {
            return SandboxBcResult.NotFound(segments.Count == 0 ? "" : segments[0].Name);
        }
        if (segments.Count == 1 && segments[0].Key is null)
        {
            return method == "GET" ? List(sandbox.CompaniesUnsafe.Select(SandboxBcJson.Company), query, root, path) : MethodNotAllowed();
        }
        if (!Guid.TryParse(segments[0].Key, out Guid companyId) || sandbox.CompaniesUnsafe.FirstOrDefault(c => c.Id == companyId) is not { } company)
        {
            return SandboxBcResult.NotFound("companies");
        }
        if (segments.Count == 1)
        {
            return new SandboxBcResult(200, SandboxBcJson.Company(company));
        }
        (string entity, string? key) = segments[1];
        string? child = segments.Count > 2 ? segments[2].Name : null;
        return (entity, key, child, method) switch
        {
            ("customers", null, null, "GET") => Filtered(company.Customers, CustomerField, SandboxBcJson.Customer, "customer", query, root, path),
            ("customers", null, null, "POST") => CreateCustomer(company, body),
            ("customers", not null, null, "GET") => ById(company.Customers, c => c.Id, key, SandboxBcJson.Customer, entity),
            ("items", null, null, "GET") => Filtered(company.Items, ItemField, SandboxBcJson.Item, "item", query, root, path),
            ("items", not null, null, "GET") => ById(company.Items, i => i.Id, key, SandboxBcJson.Item, entity),
            ("salesInvoices", null, null, "GET") => Filtered(company.Invoices, InvoiceField, i => InvoiceJson(i, query), "salesInvoice", query, root, path),
            ("salesInvoices", null, null, "POST") => CreateInvoice(company, body),
            ("salesInvoices", not null, null, "GET") => ById(company.Invoices, i => i.Id, key, i => InvoiceJson(i, query), entity),
            ("salesInvoices", not null, null, "DELETE") => DeleteInvoice(company, key),
            ("salesInvoices", not null, "salesInvoiceLines", "GET") => WithInvoice(company, key, inv => List(inv.Lines.Select(SandboxBcJson.Line), query, root, path)),
            ("salesInvoices", not null, "salesInvoiceLines", "POST") => WithInvoice(company, key, inv => AddLine(company, inv, body)),
            ("salesInvoices", not null, "Microsoft.NAV.post", "POST") => WithInvoice(company, key, Post),
            ("salesInvoiceLines", null, null, "GET") => Filtered(company.Invoices.SelectMany(i => i.Lines).ToList(), LineField, SandboxBcJson.Line, "salesInvoiceLine", query, root, path),
            ("salesInvoiceLines", null, null, "POST") => AddLineByDocumentId(company, body),
            _ => SandboxBcResult.NotFound(child ?? entity),
        };
    }

    public static string Kind(string method, string path)
    {
        string last = path.Split('?')[0].Trim('/').Split('/').LastOrDefault() ?? "";
        int paren = last.IndexOf('(', StringComparison.Ordinal);
        return method + " " + (paren >= 0 ? last[..paren] : last);
    }

    private SandboxBcResult CreateCustomer(SandboxBcCompany company, JsonNode? body)
    {
        string? name = Str(body, "displayName");
        if (string.IsNullOrWhiteSpace(name))
        {
            return SandboxBcResult.Error(400, "Application_DialogException", "displayName must have a value in Customer.");
        }
        SandboxBcCustomer customer = new()
        {
            Number = sandbox.NextCustomerNumberUnsafe(),
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

    private SandboxBcResult CreateInvoice(SandboxBcCompany company, JsonNode? body)
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
        if (externalDocumentNumber.Length > 35)
        {
            return SandboxBcResult.Error(400, "Application_StringExceededLength",
                $"The length of the string is {externalDocumentNumber.Length}, but it must be less than or equal to 35 characters. Value: {externalDocumentNumber}");
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
        invoice.Number = sandbox.NextInvoiceNumberUnsafe();
        company.Invoices.Add(invoice);
        return new SandboxBcResult(201, SandboxBcJson.Invoice(invoice, BusinessCentralSandbox.LocalCurrencyCode, expandLines: false));
    }

    private SandboxBcResult AddLine(SandboxBcCompany company, SandboxBcInvoice invoice, JsonNode? body)
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

    private SandboxBcResult AddLineByDocumentId(SandboxBcCompany company, JsonNode? body)
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
        line = new SandboxBcLine(Guid.NewGuid(), invoice.Id, sequence, "Item", item.Number, item.Id, description, quantity, unitPrice, item.BaseUnitOfMeasureCode);
        return null;
    }

    private SandboxBcResult DeleteInvoice(SandboxBcCompany company, string? key)
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

    private SandboxBcResult Post(SandboxBcInvoice invoice)
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
        invoice.Number = sandbox.NextPostedInvoiceNumberUnsafe();
        invoice.LastModified = sandbox.NowUnsafe;
        return new SandboxBcResult(204, null);
    }

    private static SandboxBcResult WithInvoice(SandboxBcCompany company, string? key, Func<SandboxBcInvoice, SandboxBcResult> action) =>
        Guid.TryParse(key, out Guid id) && company.Invoices.FirstOrDefault(i => i.Id == id) is { } invoice
            ? action(invoice)
            : SandboxBcResult.NotFound("salesInvoices");

    private static JsonObject InvoiceJson(SandboxBcInvoice invoice, IReadOnlyDictionary<string, string> query) =>
        SandboxBcJson.Invoice(invoice, BusinessCentralSandbox.LocalCurrencyCode,
            query.TryGetValue("$expand", out string? expand) && expand.Contains("salesInvoiceLines", StringComparison.Ordinal));

    private SandboxBcResult Filtered<T>(
        List<T> source, Func<T, string, string?> field, Func<T, JsonObject> toJson, string typeName,
        IReadOnlyDictionary<string, string> query, string root, string path)
    {
        query.TryGetValue("$filter", out string? filter);
        if (!SandboxODataFilter.TryParse(filter, out List<(string Field, string Value)> clauses, out string syntaxError))
        {
            return SandboxBcResult.Error(400, "BadRequest", syntaxError);
        }
        foreach ((string name, _) in clauses)
        {
            if (source.Count > 0 && field(source[0], name) is null || source.Count == 0 && !KnownField(typeName, name))
            {
                return SandboxBcResult.Error(400, "BadRequest", $"Could not find a property named '{name}' on type 'Microsoft.NAV.{typeName}'.");
            }
        }
        IEnumerable<T> matches = source.Where(e => clauses.All(c => string.Equals(field(e, c.Field), c.Value, StringComparison.OrdinalIgnoreCase)));
        return List(matches.Select(toJson), query, root, path);
    }

    private SandboxBcResult List(IEnumerable<JsonObject> all, IReadOnlyDictionary<string, string> query, string root, string path)
    {
        int skip = query.TryGetValue("$skiptoken", out string? token) && int.TryParse(token, CultureInfo.InvariantCulture, out int s) ? s : 0;
        int pageSize = Math.Max(1, sandbox.Options.PageSize);
        List<JsonObject> rest = all.Skip(skip).ToList();
        JsonObject page = new()
        {
            ["@odata.context"] = $"{root}$metadata#{path.Trim('/')}",
            ["value"] = new JsonArray(rest.Take(pageSize).Select(j => (JsonNode)j).ToArray()),
        };
        if (rest.Count > pageSize)
        {
            string next = $"{root}{path.Trim('/')}?";
            foreach ((string name, string value) in query.Where(q => q.Key != "$skiptoken"))
            {
                next += $"{name}={Uri.EscapeDataString(value)}&";
            }
            page["@odata.nextLink"] = next + "$skiptoken=" + (skip + pageSize).ToString(CultureInfo.InvariantCulture);
        }
        return new SandboxBcResult(200, page);
    }

    private static SandboxBcResult ById<T>(List<T> source, Func<T, Guid> id, string? key, Func<T, JsonObject> toJson, string segment) =>
        Guid.TryParse(key, out Guid wanted) && source.FirstOrDefault(e => id(e) == wanted) is { } found
            ? new SandboxBcResult(200, toJson(found))
            : SandboxBcResult.NotFound(segment);

    private static SandboxBcResult MethodNotAllowed() =>
        SandboxBcResult.Error(405, "BadRequest_MethodNotAllowed", "The method is not allowed on this resource.");

    private static bool KnownField(string typeName, string name) => typeName switch
    {
        "customer" => CustomerField(new SandboxBcCustomer { Number = "", DisplayName = "" }, name) is not null,
        "item" => ItemField(new SandboxBcItem { Number = "", DisplayName = "" }, name) is not null,
        _ => true,
    };

    private static string? CustomerField(SandboxBcCustomer c, string name) => name switch
    {
        "email" => c.Email, "number" => c.Number, "displayName" => c.DisplayName, "id" => c.Id.ToString(), "blocked" => c.Blocked,
        "phoneNumber" => c.PhoneNumber, _ => null,
    };

    private static string? ItemField(SandboxBcItem i, string name) => name switch
    {
        "type" => i.Type, "number" => i.Number, "displayName" => i.DisplayName, "id" => i.Id.ToString(),
        "blocked" => i.Blocked ? "true" : "false", _ => null,
    };

    private static string? InvoiceField(SandboxBcInvoice i, string name) => name switch
    {
        "externalDocumentNumber" => i.ExternalDocumentNumber, "status" => i.Status, "number" => i.Number,
        "customerNumber" => i.Customer.Number, "id" => i.Id.ToString(), _ => null,
    };

    private static string? LineField(SandboxBcLine l, string name) => name switch
    {
        "documentId" => l.DocumentId.ToString(), "lineObjectNumber" => l.LineObjectNumber, "id" => l.Id.ToString(), _ => null,
    };

    private static string? Str(JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static Guid GuidOf(JsonNode? node, string name) => Guid.TryParse(Str(node, name), out Guid g) ? g : Guid.Empty;

    [GeneratedRegex(@"^(?<name>[A-Za-z$][A-Za-z0-9.$]*)(\((?<key>[^)]*)\))?$")]
    private static partial Regex Segment();
}
