using TeamsBookingsBot.Hosting;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Business Central API v2.0 connection (section <c>BusinessCentral</c>). Authentication is
/// service-to-service: a client secret, a certificate or a managed identity. A loopback
/// <see cref="BaseUrl"/> (sandbox, tests) gets no token at all.
/// </summary>
public sealed class BusinessCentralOptions
{
    public const string Section = "BusinessCentral";

    public const string DefaultBaseUrl = "https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment}/api/v2.0";

    public const string Scope = "https://api.businesscentral.dynamics.com/.default";

    /// <summary>BC documents at most 100 operations per $batch request.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>Entra tenant id (or domain) of the BC environment; fills <c>{tenant}</c>.</summary>
    public string? TenantId { get; set; }

    /// <summary>Environment name as shown in the BC admin center; fills <c>{environment}</c>.</summary>
    public string Environment { get; set; } = "Production";

    /// <summary>Company API id. Either this or <see cref="CompanyName"/> is required.</summary>
    public Guid? CompanyId { get; set; }

    /// <summary>Company name, e.g. "CRONUS USA, Inc."; resolved to its id once via GET companies.</summary>
    public string? CompanyName { get; set; }

    /// <summary>API root ending in <c>/api/v2.0</c>; <c>{tenant}</c> and <c>{environment}</c> are filled in.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Entra application (client) id; with <see cref="ClientSecret"/> or <see cref="CertificatePath"/>.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>PFX/PEM certificate with private key for client-certificate authentication.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Use the host's managed identity (user-assigned when <see cref="ClientId"/> is set).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Number of a customer used as the pattern for customers the bot creates.</summary>
    public string? CustomerTemplate { get; set; }

    /// <summary>Invoices created at once; BC allows 100 concurrent requests per user, shared with others.</summary>
    public int MaxParallelInvoices { get; set; } = 4;

    /// <summary>Web client root for links to documents; a path is on this app's own address (the sandbox's pages).</summary>
    public string WebClientBaseUrl { get; set; } = "https://businesscentral.dynamics.com";

    /// <summary>Per attempt. BC's own limit is 10 minutes; an invoice should take seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries after the first attempt for GET/DELETE and for throttled (429/503) POSTs.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff when BC gives no Retry-After; doubles per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer Retry-After fails the call as transient instead of holding the caller.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Line operations per $batch request (at most 100).</summary>
    public int BatchSize { get; set; } = MaxBatchOperations;

    /// <summary>
    /// A <see cref="BaseUrl"/> given as a path (the sandbox's <c>/sandbox/bc/api/v2.0</c>) is on this app's own
    /// address, which is known only once the server listens.
    /// </summary>
    public bool IsAppRelative => AppAddress.IsAppRelative(BaseUrl);

    /// <summary>These options for one connection: its tenant, environment and company instead of the configured ones.</summary>
    public BusinessCentralOptions ForCompany(string? tenantId, Domain.BusinessCentral.BcCompanyRef company)
    {
        var copy = (BusinessCentralOptions)MemberwiseClone();
        copy.TenantId = tenantId;
        copy.Environment = company.Environment;
        copy.CompanyId = company.CompanyId;
        copy.CompanyName = company.CompanyName;
        return copy;
    }

    public Uri ResolveBaseUri() => ResolveBaseUri(TenantId, Environment);

    /// <summary>The API root of <paramref name="environment"/> in <paramref name="tenantId"/>.</summary>
    public Uri ResolveBaseUri(string? tenantId, string environment)
    {
        string filled = BaseUrl
            .Replace("{tenant}", Uri.EscapeDataString(tenantId ?? ""), StringComparison.OrdinalIgnoreCase)
            .Replace("{environment}", Uri.EscapeDataString(environment), StringComparison.OrdinalIgnoreCase)
            .TrimEnd('/');
        return new Uri(filled + "/", UriKind.Absolute);
    }

    /// <summary>
    /// False while nothing about Business Central is configured (and the sandbox is off): the bot then starts
    /// "not connected" and says so when asked to invoice, instead of refusing to start.
    /// </summary>
    public bool IsConfigured => BaseUrl != DefaultBaseUrl || CompanyId is not null
        || !string.IsNullOrWhiteSpace(CompanyName) || !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId)
        || !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath) || UseManagedIdentity;

    public bool IsLoopback => IsAppRelative || Uri.TryCreate(BaseUrl.Replace("{tenant}", "t").Replace("{environment}", "e"), UriKind.Absolute, out Uri? uri)
        && uri.IsLoopback;
}
