using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// An in-memory Business Central (API v2.0 subset) for the demo and tests: three companies (CRONUS USA in USD, the
/// empty "My Company", and Fabrikam B.V. in EUR for the second Bookings business), each with its own customers, items,
/// draft/posted sales invoices with lines, JSON $batch, paging, BC-shaped errors and fault injection.
/// Thread-safe; map it at any prefix with <see cref="BusinessCentralSandboxExtensions"/>.
/// </summary>
public sealed class BusinessCentralSandbox
{
    public const string CronusCompanyName = "CRONUS USA, Inc.";
    public const string EmptyCompanyName = "My Company";
    public const string FabrikamCompanyName = "Fabrikam B.V.";

    /// <summary>CRONUS's local currency (LCY).</summary>
    public const string LocalCurrencyCode = "USD";

    public const string FabrikamLocalCurrencyCode = "EUR";
    public const string TemplateCustomerNumber = "90000";

    public static readonly Guid CronusCompanyId = new("5d1c2a7e-3b4f-4c6a-9e8d-7f0a1b2c3d01");
    public static readonly Guid EmptyCompanyId = new("5d1c2a7e-3b4f-4c6a-9e8d-7f0a1b2c3d02");
    public static readonly Guid FabrikamCompanyId = new("5d1c2a7e-3b4f-4c6a-9e8d-7f0a1b2c3d03");

    private readonly Lock _gate = new();
    private readonly SandboxBcCompany _cronus = new(CronusCompanyId, CronusCompanyName, LocalCurrencyCode);
    private readonly SandboxBcCompany _empty = new(EmptyCompanyId, EmptyCompanyName, LocalCurrencyCode);
    private readonly SandboxBcCompany _fabrikam = new(FabrikamCompanyId, FabrikamCompanyName, FabrikamLocalCurrencyCode);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SandboxBcApi _api;

    public BusinessCentralSandbox(BusinessCentralSandboxOptions? options = null, TimeProvider? time = null)
    {
        Options = options ?? new BusinessCentralSandboxOptions();
        Faults = new BusinessCentralSandboxFaults(Options);
        _time = time ?? TimeProvider.System;
        _api = new SandboxBcApi(this);
        SeedDefault();
    }

    public BusinessCentralSandboxOptions Options { get; }

    public BusinessCentralSandboxFaults Faults { get; }

    /// <summary>
    /// Processed top-level requests by "METHOD entitySet" ("POST salesInvoices", "POST $batch"); batch parts as
    /// "batch POST salesInvoiceLines"; injected throttling answers as "throttled POST salesInvoices".
    /// </summary>
    public IReadOnlyDictionary<string, int> RequestCounts => new Dictionary<string, int>(_counts);

    public int RequestCount(string kind) => _counts.GetValueOrDefault(kind);

    public void ResetRequestCounts() => _counts.Clear();

    /// <summary>CRONUS's invoices (drafts and posted).</summary>
    public IReadOnlyList<BusinessCentralSandboxInvoice> Invoices => InvoicesOf(CronusCompanyId);

    /// <summary>The invoices of one company; none for a company the sandbox does not have.</summary>
    public IReadOnlyList<BusinessCentralSandboxInvoice> InvoicesOf(Guid companyId)
    {
        lock (_gate)
        {
            return (Company(companyId)?.Invoices ?? []).Select(i => new BusinessCentralSandboxInvoice(
                i.Id, i.Number, i.Status, i.ExternalDocumentNumber, i.Customer.Number, i.Lines.Sum(l => l.Amount),
                i.Lines.Select(l => new BusinessCentralSandboxInvoiceLine(l.Sequence, l.LineObjectNumber, l.Description, l.Quantity, l.UnitPrice)).ToList()))
                .ToList();
        }
    }

    /// <summary>The numbers and email addresses of one company's customers, in their order.</summary>
    public IReadOnlyList<(string Number, string DisplayName, string Email)> CustomersOf(Guid companyId)
    {
        lock (_gate)
        {
            return (Company(companyId)?.Customers ?? []).Select(c => (c.Number, c.DisplayName, c.Email)).ToList();
        }
    }

    /// <summary>The numbers, names and types of one company's items, in their order.</summary>
    public IReadOnlyList<(string Number, string DisplayName, string Type)> ItemsOf(Guid companyId)
    {
        lock (_gate)
        {
            return (Company(companyId)?.Items ?? []).Select(i => (i.Number, i.DisplayName, i.Type)).ToList();
        }
    }

    /// <summary>Posts a draft (of any company) as the Microsoft.NAV.post action would; false when it is missing or not a draft.</summary>
    public bool PostInvoice(Guid invoiceId)
    {
        lock (_gate)
        {
            Guid companyId = CompaniesUnsafe.FirstOrDefault(c => c.Invoices.Any(i => i.Id == invoiceId))?.Id ?? CronusCompanyId;
            SandboxBcResult result = _api.Execute("POST", $"companies({companyId})/salesInvoices({invoiceId})/Microsoft.NAV.post",
                new Dictionary<string, string>(), null, "http://sandbox/");
            return result.Status == 204;
        }
    }

    /// <summary>A small fixed data set for the sandbox's own tests: see the README for the list.</summary>
    public void SeedDefault()
    {
        lock (_gate)
        {
            ResetUnsafe();
            BusinessCentralSandboxSeeds.Default(_cronus);
            BusinessCentralSandboxSeeds.DefaultFabrikam(_fabrikam);
        }
    }

    /// <summary>
    /// Mirrors the (first) Bookings business in CRONUS: a BC customer for most Bookings customers, none for the last one,
    /// two for the first one (when there are at least three), and a Service item for every service but the last.
    /// Every company starts over: Fabrikam B.V. gets its default data until <see cref="SeedFromBookings(Guid, IEnumerable{ValueTuple{string, string}}, IEnumerable{ValueTuple{string, decimal}})"/> seeds it.
    /// </summary>
    public BusinessCentralSandboxSeedReport SeedFromBookings(
        IEnumerable<(string Name, string Email)> bookingsCustomers, IEnumerable<(string Name, decimal Price)> bookingsServices)
    {
        lock (_gate)
        {
            ResetUnsafe();
            BusinessCentralSandboxSeeds.DefaultFabrikam(_fabrikam);
            return BusinessCentralSandboxSeeds.FromBookings(_cronus, bookingsCustomers.ToList(), bookingsServices.ToList());
        }
    }

    /// <summary>As the overload above, into one company only (CRONUS or Fabrikam B.V.); the other companies keep their data.</summary>
    public BusinessCentralSandboxSeedReport SeedFromBookings(
        Guid companyId, IEnumerable<(string Name, string Email)> bookingsCustomers, IEnumerable<(string Name, decimal Price)> bookingsServices)
    {
        lock (_gate)
        {
            SandboxBcCompany company = Company(companyId) is { } found && found != _empty
                ? found
                : throw new ArgumentException($"The sandbox seeds CRONUS or Fabrikam B.V., not company {companyId}.", nameof(companyId));
            company.Reset();
            return BusinessCentralSandboxSeeds.FromBookings(company, bookingsCustomers.ToList(), bookingsServices.ToList());
        }
    }

    internal IEnumerable<SandboxBcCompany> CompaniesUnsafe => [_cronus, _empty, _fabrikam];

    /// <summary>A copy of the invoice with this number (draft or posted) in the company with this name, for the sandbox's web page.</summary>
    internal (SandboxBcInvoice Invoice, string LocalCurrencyCode)? FindInvoice(string companyName, string number)
    {
        lock (_gate)
        {
            SandboxBcCompany? company = CompaniesUnsafe.FirstOrDefault(c => string.Equals(c.Name, companyName, StringComparison.Ordinal));
            return company?.Invoices.FirstOrDefault(i => string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase)) is { } invoice
                ? (invoice.Clone(), company.LocalCurrencyCode)
                : null;
        }
    }

    internal DateTimeOffset NowUnsafe => _time.GetUtcNow();

    internal void CountThrottled(string method, string path) =>
        _counts.AddOrUpdate("throttled " + SandboxBcApi.Kind(method, path), 1, static (_, n) => n + 1);

    internal SandboxBcResult Execute(string method, string path, IReadOnlyDictionary<string, string> query, JsonNode? body, string root)
    {
        _counts.AddOrUpdate(SandboxBcApi.Kind(method, path), 1, static (_, n) => n + 1);
        lock (_gate)
        {
            return _api.Execute(method, path, query, body, root);
        }
    }

    /// <summary>
    /// JSON $batch. With <c>Isolation: snapshot</c> the batch is one transaction: the first failing
    /// operation undoes the earlier ones and stops the batch, as BC does.
    /// </summary>
    internal SandboxBcResult ExecuteBatchCounted(JsonNode? body, bool snapshot, string root, string prefixPath)
    {
        _counts.AddOrUpdate("POST $batch", 1, static (_, n) => n + 1);
        return ExecuteBatch(body, snapshot, root, prefixPath);
    }

    private SandboxBcResult ExecuteBatch(JsonNode? body, bool snapshot, string root, string prefixPath)
    {
        if (body?["requests"] is not JsonArray requests)
        {
            return SandboxBcResult.Error(400, "BadRequest", "The batch request must have a 'requests' array.");
        }
        if (requests.Count > 100)
        {
            return SandboxBcResult.Error(400, "BadRequest", "The batch request contains more than 100 operations.");
        }
        JsonArray responses = [];
        lock (_gate)
        {
            // A transaction may touch any company: keep every company's invoices and customers to undo it.
            List<(SandboxBcCompany Company, List<SandboxBcInvoice> Invoices, List<SandboxBcCustomer> Customers)> before =
                [.. CompaniesUnsafe.Select(c => (c, c.Invoices.Select(i => i.Clone()).ToList(), c.Customers.ToList()))];
            foreach (JsonNode? request in requests)
            {
                string method = request?["method"]?.GetValue<string>().ToUpperInvariant() ?? "GET";
                (string path, Dictionary<string, string> query) = SplitUrl(request?["url"]?.GetValue<string>() ?? "", root, prefixPath);
                _counts.AddOrUpdate("batch " + SandboxBcApi.Kind(method, path), 1, static (_, n) => n + 1);
                SandboxBcResult result = _api.Execute(method, path, query, request?["body"], root);
                responses.Add(new JsonObject
                {
                    ["id"] = request?["id"]?.GetValue<string>(),
                    ["status"] = result.Status,
                    ["headers"] = new JsonObject { ["content-type"] = "application/json; odata.metadata=minimal" },
                    ["body"] = result.Body,
                });
                if (snapshot && result.Status >= 400)
                {
                    foreach ((SandboxBcCompany company, List<SandboxBcInvoice> invoices, List<SandboxBcCustomer> customers) in before)
                    {
                        company.Invoices.Clear();
                        company.Invoices.AddRange(invoices);
                        company.Customers.Clear();
                        company.Customers.AddRange(customers);
                    }
                    break;
                }
            }
        }
        return new SandboxBcResult(200, new JsonObject { ["responses"] = responses });
    }

    internal static (string Path, Dictionary<string, string> Query) SplitUrl(string url, string root, string prefixPath)
    {
        if (url.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            url = url[root.Length..];
        }
        else if (url.StartsWith(prefixPath, StringComparison.OrdinalIgnoreCase))
        {
            url = url[prefixPath.Length..];
        }
        int q = url.IndexOf('?', StringComparison.Ordinal);
        Dictionary<string, string> query = new(StringComparer.Ordinal);
        if (q >= 0)
        {
            foreach (string pair in url[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=', StringComparison.Ordinal);
                string name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                query[name] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
            url = url[..q];
        }
        return (url.Trim('/'), query);
    }

    private SandboxBcCompany? Company(Guid id) => CompaniesUnsafe.FirstOrDefault(c => c.Id == id);

    private void ResetUnsafe()
    {
        foreach (SandboxBcCompany company in CompaniesUnsafe)
        {
            company.Reset();
        }
    }
}
