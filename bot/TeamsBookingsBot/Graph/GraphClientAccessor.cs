using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Polly;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Identity;
using TeamsBookingsBot.Resilience;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// Owns the app's one <see cref="GraphServiceClient"/>: the per-mailbox concurrency limit lives in its
/// pipeline, so a second client would double the allowance. Built on first use because a base URL given as a
/// path (the sandbox's) is on the app's own address, known only once the server listens.
/// </summary>
internal sealed class GraphClientAccessor(
    IOptions<GraphOptions> options, IServiceProvider services, ServiceCredentials credentials, BusinessTenantLookup tenants,
    TimeProvider time, ILoggerFactory loggers)
    : IDisposable
{
    private readonly Lazy<GraphServiceClient> client = new(() =>
        Create(options.Value, ResolveBaseUrl(options.Value, services), credentials, tenants, time, loggers));

    /// <summary>The one client for every tenant: each request signs in to the tenant it is for (<see cref="TenantGraphAuthenticationProvider"/>).</summary>
    public GraphServiceClient Client => client.Value;

    /// <summary>A client with the bot's pipeline (exact Retry-After, per-mailbox gate) for <paramref name="baseUrl"/>.</summary>
    private static GraphServiceClient Create(
        GraphOptions options, string baseUrl, ServiceCredentials credentials, BusinessTenantLookup tenants, TimeProvider time, ILoggerFactory loggers)
    {
        ILogger logger = loggers.CreateLogger("TeamsBookingsBot.Graph");
        ResiliencePipeline<HttpResponseMessage> resilience = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = RetryRules(options).Name }
            .AddOutboundRetry(RetryRules(options), time, logger)
            .ConfigureTelemetry(loggers)
            .Build();
        var handlers = new List<DelegatingHandler>();
        foreach (DelegatingHandler handler in GraphClientFactory.CreateDefaultHandlers())
        {
            // Kiota's RetryHandler reads Retry-After as whole seconds, so Graph's "2.128" becomes a fixed 3 s and "5.5"
            // retries too early (graph-sdk-notes §4): the shared resilience pipeline takes its place in the chain. It
            // sits outside the per-mailbox gate, so every attempt takes a slot and a wait between attempts holds none.
            handlers.Add(handler is RetryHandler ? new ResilienceHandler(resilience) : handler);
        }
        handlers.Add(new PerMailboxConcurrencyHandler(options.MaxConcurrentRequestsPerMailbox));
        HttpClient http = GraphClientFactory.Create(handlers);
        // The per-attempt limit is the pipeline's; a whole-call timeout would also cut retry waits short.
        http.Timeout = Timeout.InfiniteTimeSpan;

        var baseUri = new Uri(baseUrl, UriKind.Absolute);
        // Loopback (sandbox, tests) gets no credential.
        IAuthenticationProvider? auth = baseUri.IsLoopback ? null : new TenantGraphAuthenticationProvider(credentials, tenants, baseUri);
        logger.ClientCreated(baseUrl, auth is null ? "no (loopback)" : "per-tenant app", options.MaxConcurrentRequestsPerMailbox);
        return new GraphServiceClient(http, auth, baseUrl);
    }

    /// <summary>The Bookings sync only reads, and only reads are retried: a repeated write could apply twice.</summary>
    internal static OutboundRetryRules RetryRules(GraphOptions options) => new(
        "graph",
        options.RetryMaxAttempts,
        TimeSpan.FromMilliseconds(options.RetryBaseDelayMs),
        TimeSpan.FromSeconds(options.RetryMaxDelaySeconds),
        MaxRetryAfter: TimeSpan.FromSeconds(options.RetryMaxDelaySeconds),
        TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
        (method, status) => (method == HttpMethod.Get || method == HttpMethod.Head) && status is 429 or 503 or 504);

    private static string ResolveBaseUrl(GraphOptions options, IServiceProvider services) =>
        string.IsNullOrWhiteSpace(options.BaseUrl) ? GraphOptions.DefaultBaseUrl
        : AppAddress.IsAppRelative(options.BaseUrl) ? AppAddress.Resolve(services, options.BaseUrl.TrimEnd('/'))
        : options.BaseUrl.TrimEnd('/');

    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }
    }
}
