namespace TeamsBookingsBot.Graph;

/// <summary>
/// Microsoft Graph access to the Bookings businesses (section <c>Graph</c>). Authenticate with exactly one of
/// <see cref="ClientSecret"/>, <see cref="CertificatePath"/> or <see cref="UseManagedIdentity"/>. None is
/// needed when <see cref="BaseUrl"/> is a loopback address or a path on this app (the sandbox's).
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph allows four concurrent requests per app and booking mailbox.</summary>
    public const int GraphConcurrencyLimitPerMailbox = 4;

    /// <summary>Entra tenant id (GUID or domain) of the app registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id; with managed identity, the user-assigned identity's client id (optional).</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX or PEM certificate registered on the app.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the PFX at <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Use the host's managed identity (system-assigned, or user-assigned when <see cref="ClientId"/> is set).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>
    /// Graph root including the version segment, e.g. <c>https://graph.microsoft.com/v1.0</c> (the default).
    /// A path (e.g. the sandbox's <c>/sandbox/graph/v1.0</c>) is on this app's own address.
    /// A loopback address or a path gets no credential.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The Bookings businesses to sync (their booking mailboxes).</summary>
    public List<GraphBusinessOptions> Businesses { get; set; } = [];

    /// <summary>How many days before today each sync reads.</summary>
    public int SyncWindowDaysBack { get; set; } = 35;

    /// <summary>How many days after today each sync reads.</summary>
    public int SyncWindowDaysAhead { get; set; } = 1;

    /// <summary>Concurrent Graph requests per mailbox, counting every call the bot makes (1–4).</summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = GraphConcurrencyLimitPerMailbox;

    /// <summary>Retries after the first attempt for 429, 503 and 504 (0–10).</summary>
    public int RetryMaxAttempts { get; set; } = 4;

    /// <summary>First backoff when Graph sends no Retry-After; doubles per retry, with jitter.</summary>
    public int RetryBaseDelayMs { get; set; } = 1000;

    /// <summary>Longest single wait. A Retry-After beyond it is not waited out: the call fails as throttled.</summary>
    public int RetryMaxDelaySeconds { get; set; } = 60;

    /// <summary>Time limit for one attempt, including the wait for a per-mailbox slot.</summary>
    public int RequestTimeoutSeconds { get; set; } = 100;

    /// <summary>The configured business with this id, if any (mailbox ids compare case-insensitively).</summary>
    public GraphBusinessOptions? FindBusiness(string businessId) =>
        Businesses.FirstOrDefault(b => string.Equals(b.Id, businessId, StringComparison.OrdinalIgnoreCase));
}
