using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Hosting;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The API root one connection calls: BusinessCentral:BaseUrl with its tenant and environment filled in. A base URL
/// given as a path (the sandbox's) is on the app's own address, which exists only once the server listens, so it is
/// resolved on first call.
/// </summary>
internal sealed class BusinessCentralEndpoint
{
    private readonly Lazy<Uri> _root;
    private readonly Lazy<string> _webClientRoot;
    private readonly bool _configured;

    public BusinessCentralEndpoint(BusinessCentralOptions options, string? tenantId, string environment, bool configured, IServiceProvider services)
    {
        TenantId = tenantId;
        Environment = environment;
        _configured = configured;
        _root = new(() => options.IsAppRelative
            ? new Uri(AppAddress.Resolve(services, options.BaseUrl.TrimEnd('/')) + "/", UriKind.Absolute)
            : options.ResolveBaseUri(tenantId, environment));
        _webClientRoot = new(() => AppAddress.IsAppRelative(options.WebClientBaseUrl)
            ? AppAddress.Resolve(services, options.WebClientBaseUrl.TrimEnd('/'))
            : options.WebClientBaseUrl);
    }

    public string? TenantId { get; }

    public string Environment { get; }

    /// <summary>Where links to documents point: BC's web client, or a page this app serves (the sandbox's).</summary>
    public string WebClientRoot => _webClientRoot.Value;

    public Uri Root => _configured
        ? _root.Value
        : throw new BusinessCentralException(
            "Client_NotConfigured",
            "Business Central isn't connected yet: an admin picks the Business Central environment and company in setup (or sets BusinessCentral:Environment and :CompanyName).",
            statusCode: null,
            isTransient: false);
}
