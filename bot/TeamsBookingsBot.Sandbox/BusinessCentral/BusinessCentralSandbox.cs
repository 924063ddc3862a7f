using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// An in-memory Business Central (API v2.0 subset) for the demo and tests: companies, customers, items,
/// draft/posted sales invoices with lines, JSON $batch, paging, BC-shaped errors and fault injection.
/// Thread-safe; map it at any prefix with <see cref="BusinessCentralSandboxExtensions"/>.
/// </summary>
public sealed class BusinessCentralSandbox
{
    public const string CronusCompanyName = "CRONUS USA, Inc.";
    public const string EmptyCompanyName = "My Company";
    public const string LocalCurrencyCode = "USD";
    public const string TemplateCustomerNumber = "90000";

    public static readonly Guid CronusCompanyId = new("5d1c2a7e-3b4f-4c6a-9e8d-7f0a1b2c3d01");
    public static readonly Guid EmptyCompanyId = new("5d1c2a7e-3b4f-4c6a-9e8d-7f0a1b2c3d02");

    private readonly Lock _gate = new();
    private readonly SandboxBcCompany _cronus = new(CronusCompanyId, CronusCompanyName);
    private readonly SandboxBcCompany _empty = new(EmptyCompanyId, EmptyCompanyName);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SandboxBcApi _api;
    private int _nextInvoice = 100001;
    private int _nextPostedInvoice = 103001;
    private int _nextCustomer = 1;

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

    public IReadOnlyList<BusinessCentralSandboxInvoice> Invoices
    {
        get
        {
            lock (_gate)
            {
                return _cronus.Invoices.Select(i => new BusinessCentralSandboxInvoice(
                    i.Id, i.Number, i.Status, i.ExternalDocumentNumber, i.Customer.Number, i.Lines.Sum(l => l.Amount),
                    i.Lines.Select(l => new BusinessCentralSandboxInvoiceLine(l.Sequence, l.LineObjectNumber, l.Description, l.Quantity, l.UnitPrice)).ToList()))
                    .ToList();
            }
        }
    }

    /// <summary>Posts a draft as the Microsoft.NAV.post action would; false when it is missing or not a draft.</summary>
    public bool PostInvoice(Guid invoiceId)
    {
        lock (_gate)
        {
            SandboxBcResult result = _api.Execute("POST", $"companies({CronusCompanyId})/salesInvoices({invoiceId})/Microsoft.NAV.post",
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
        }
    }

    /// <summary>
    /// Mirrors the Bookings sandbox: a BC customer for most Bookings customers, none for the last one, two for
    /// the first one (when there are at least three), and a Service item for every service but the last.
    /// </summary>
    public BusinessCentralSandboxSeedReport SeedFromBookings(
        IEnumerable<(string Name, string Email)> bookingsCustomers, IEnumerable<(string Name, decimal Price)> bookingsServices)
    {
        lock (_gate)
        {
            ResetUnsafe();
            return BusinessCentralSandboxSeeds.FromBookings(_cronus, bookingsCustomers.ToList(), bookingsServices.ToList());
        }
    }

    internal IEnumerable<SandboxBcCompany> CompaniesUnsafe => [_cronus, _empty];

    /// <summary>A copy of the CRONUS invoice with this number (draft or posted), for the sandbox's web page.</summary>
    internal SandboxBcInvoice? FindInvoice(string number)
    {
        lock (_gate)
        {
            return _cronus.Invoices.FirstOrDefault(i => string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase))?.Clone();
        }
    }

    internal DateTimeOffset NowUnsafe => _time.GetUtcNow();

    internal string NextInvoiceNumberUnsafe() => "S-INV" + (_nextInvoice++).ToString(CultureInfo.InvariantCulture);

    internal string NextPostedInvoiceNumberUnsafe() => "PS-INV" + (_nextPostedInvoice++).ToString(CultureInfo.InvariantCulture);

    internal string NextCustomerNumberUnsafe() => "C" + (_nextCustomer++ * 10).ToString("00000", CultureInfo.InvariantCulture);

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
            Dictionary<Guid, SandboxBcInvoice> invoicesBefore = _cronus.Invoices.ToDictionary(i => i.Id, i => i.Clone());
            List<SandboxBcCustomer> customersBefore = [.. _cronus.Customers];
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
                    _cronus.Invoices.Clear();
                    _cronus.Invoices.AddRange(invoicesBefore.Values);
                    _cronus.Customers.Clear();
                    _cronus.Customers.AddRange(customersBefore);
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

    private void ResetUnsafe()
    {
        _cronus.Customers.Clear();
        _cronus.Items.Clear();
        _cronus.Invoices.Clear();
        _nextInvoice = 100001;
        _nextPostedInvoice = 103001;
        _nextCustomer = 1;
    }
}
