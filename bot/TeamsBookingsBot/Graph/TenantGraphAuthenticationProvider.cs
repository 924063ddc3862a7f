using System.Collections.Concurrent;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using TeamsBookingsBot.Identity;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// Signs each Graph request in the tenant it is for: the one named by <see cref="GraphTenantOption"/>, else the tenant
/// of the booking mailbox in its URL, else the configured tenant. The token goes to the configured Graph host only
/// (a bare host: with a port it is silently dropped), with that host's <c>.default</c> scope, which is
/// <c>https://graph.microsoft.com/.default</c> in the public cloud and right for national clouds too.
/// </summary>
internal sealed class TenantGraphAuthenticationProvider(ServiceCredentials credentials, BusinessTenantLookup tenants, Uri baseUri)
    : IAuthenticationProvider
{
    private const string DefaultTenantKey = "";

    private readonly ConcurrentDictionary<string, AzureIdentityAuthenticationProvider> _providers = new(StringComparer.OrdinalIgnoreCase);

    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        string? tenant = request.RequestOptions.OfType<GraphTenantOption>().FirstOrDefault()?.TenantId;
        if (tenant is null && GraphMailbox.FromUri(request.URI) is { } mailbox)
        {
            tenant = await tenants.TenantOfAsync(mailbox, cancellationToken);
        }
        AzureIdentityAuthenticationProvider provider = _providers.GetOrAdd(tenant ?? DefaultTenantKey, key => new AzureIdentityAuthenticationProvider(
            credentials.For(ServiceKind.Graph, key.Length == 0 ? null : key).Credential,
            allowedHosts: [baseUri.Host],
            isCaeEnabled: true,
            scopes: [$"https://{baseUri.Host}/.default"]));
        await provider.AuthenticateRequestAsync(request, additionalAuthenticationContext, cancellationToken);
    }
}
