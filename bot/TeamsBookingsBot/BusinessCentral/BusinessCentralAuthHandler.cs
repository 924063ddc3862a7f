using System.Net.Http.Headers;
using Azure.Core;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Adds the app-only bearer token. Azure.Identity caches and refreshes it, so asking per request is cheap.
/// The token is only ever sent to the configured API host, never to a loopback sandbox.
/// </summary>
internal sealed class BusinessCentralAuthHandler(BusinessCentralEndpoint endpoint, BusinessCentralTokenSource tokens) : DelegatingHandler
{
    private static readonly TokenRequestContext Context = new([BusinessCentralOptions.Scope]);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        TokenCredential? credential = tokens.Credential;
        if (credential is not null && request.RequestUri is { } target
            && Uri.Compare(target, endpoint.Root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            AccessToken token = await credential.GetTokenAsync(Context, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
