using Microsoft.Extensions.Options;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Hosting;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The API root the client calls. A BusinessCentral:BaseUrl given as a path (the sandbox's) is on the app's own
/// address, which exists only once the server listens, so it is resolved on first call.
/// </summary>
internal sealed class BusinessCentralEndpoint(IOptions<BusinessCentralOptions> options, IServiceProvider services)
{
    private readonly Lazy<Uri> _root = new(() => options.Value.IsAppRelative
        ? new Uri(AppAddress.Resolve(services, options.Value.BaseUrl.TrimEnd('/')) + "/", UriKind.Absolute)
        : options.Value.ResolveBaseUri());

    private readonly Lazy<string> _webClientRoot = new(() => AppAddress.IsAppRelative(options.Value.WebClientBaseUrl)
        ? AppAddress.Resolve(services, options.Value.WebClientBaseUrl.TrimEnd('/'))
        : options.Value.WebClientBaseUrl);

    /// <summary>Where links to documents point: BC's web client, or a page this app serves (the sandbox's).</summary>
    public string WebClientRoot => _webClientRoot.Value;

    public Uri Root => options.Value.IsConfigured
        ? _root.Value
        : throw new BusinessCentralException(
            "Client_NotConfigured",
            "Business Central isn't connected yet: an admin sets BusinessCentral:TenantId, :Environment, :CompanyName and the app's credentials.",
            statusCode: null,
            isTransient: false);
}
