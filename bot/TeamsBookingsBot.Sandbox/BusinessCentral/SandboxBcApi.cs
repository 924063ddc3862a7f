using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// API v2.0 resources of the sandbox, addressed by the path after <c>api/v2.0/</c>. Called under the
/// sandbox lock; writes go to <see cref="SandboxBcWrites"/>.
/// </summary>
internal sealed partial class SandboxBcApi(BusinessCentralSandbox sandbox)
{
    private readonly SandboxBcWrites writes = new(sandbox);

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
            ("customers", null, null, "POST") => writes.CreateCustomer(company, body),
            ("customers", not null, null, "GET") => ById(company.Customers, c => c.Id, key, SandboxBcJson.Customer, entity),
            ("items", null, null, "GET") => Filtered(company.Items, ItemField, SandboxBcJson.Item, "item", query, root, path),
            ("items", not null, null, "GET") => ById(company.Items, i => i.Id, key, SandboxBcJson.Item, entity),
            ("salesInvoices", null, null, "GET") => Filtered(company.Invoices, InvoiceField, i => InvoiceJson(company, i, query), "salesInvoice", query, root, path),
            ("salesInvoices", null, null, "POST") => writes.CreateInvoice(company, body),
            ("salesInvoices", not null, null, "GET") => ById(company.Invoices, i => i.Id, key, i => InvoiceJson(company, i, query), entity),
            ("salesInvoices", not null, null, "DELETE") => writes.DeleteInvoice(company, key),
            ("salesInvoices", not null, "salesInvoiceLines", "GET") => WithInvoice(company, key, inv => List(inv.Lines.Select(SandboxBcJson.Line), query, root, path)),
            ("salesInvoices", not null, "salesInvoiceLines", "POST") => WithInvoice(company, key, inv => writes.AddLine(company, inv, body)),
            ("salesInvoices", not null, "Microsoft.NAV.post", "POST") => WithInvoice(company, key, inv => writes.Post(company, inv)),
            ("salesInvoiceLines", null, null, "GET") => Filtered(company.Invoices.SelectMany(i => i.Lines).ToList(), LineField, SandboxBcJson.Line, "salesInvoiceLine", query, root, path),
            ("salesInvoiceLines", null, null, "POST") => writes.AddLineByDocumentId(company, body),
            _ => SandboxBcResult.NotFound(child ?? entity),
        };
    }

    public static string Kind(string method, string path)
    {
        string last = path.Split('?')[0].Trim('/').Split('/').LastOrDefault() ?? "";
        int paren = last.IndexOf('(', StringComparison.Ordinal);
        return method + " " + (paren >= 0 ? last[..paren] : last);
    }

    private static SandboxBcResult WithInvoice(SandboxBcCompany company, string? key, Func<SandboxBcInvoice, SandboxBcResult> action) =>
        Guid.TryParse(key, out Guid id) && company.Invoices.FirstOrDefault(i => i.Id == id) is { } invoice
            ? action(invoice)
            : SandboxBcResult.NotFound("salesInvoices");

    private static JsonObject InvoiceJson(SandboxBcCompany company, SandboxBcInvoice invoice, IReadOnlyDictionary<string, string> query) =>
        SandboxBcJson.Invoice(invoice, company.LocalCurrencyCode,
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

    [GeneratedRegex(@"^(?<name>[A-Za-z$][A-Za-z0-9.$]*)(\((?<key>[^)]*)\))?$")]
    private static partial Regex Segment();
}
