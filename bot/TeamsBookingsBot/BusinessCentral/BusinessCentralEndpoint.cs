using Microsoft.Extensions.Options;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The API root the client calls: the configured one, or, with the sandbox on and no BusinessCentral:BaseUrl,
/// the app's own sandbox. That address exists only once the server listens, so it is resolved on first call.
/// </summary>
internal sealed class BusinessCentralEndpoint(IOptions<BusinessCentralOptions> options, IServiceProvider services)
{
    private readonly Lazy<Uri> _root = new(() => options.Value.UsesAppSandbox
        ? new Uri(SandboxServerAddress.Resolve(services, BusinessCentralSandboxExtensions.DefaultPrefix).TrimEnd('/') + "/", UriKind.Absolute)
        : options.Value.ResolveBaseUri());

    public Uri Root => options.Value.IsConfigured
        ? _root.Value
        : throw new BusinessCentralException(
            "Client_NotConfigured",
            "Business Central isn't connected yet: an admin sets BusinessCentral:TenantId, :Environment, :CompanyName and the app's credentials.",
            statusCode: null,
            isTransient: false);
}
