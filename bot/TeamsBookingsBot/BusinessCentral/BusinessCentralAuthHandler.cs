using System.Net.Http.Headers;
using Azure.Core;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Adds the app-only bearer token of the connection a request belongs to (set on it by <see cref="BusinessCentralHttp"/>).
/// Azure.Identity caches and refreshes it, so asking per request is cheap. The token is only ever sent to that
/// connection's API host, never to a loopback sandbox.
/// </summary>
internal sealed class BusinessCentralAuthHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<BusinessCentralSignIn> SignIn = new("TeamsBookingsBot.BusinessCentralSignIn");

    private static readonly TokenRequestContext Context = new([BusinessCentralOptions.Scope]);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(SignIn, out BusinessCentralSignIn? signIn) && request.RequestUri is { } target
            && Uri.Compare(target, signIn.Root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && signIn.Credential() is { } credential)
        {
            AccessToken token = await credential.GetTokenAsync(Context, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
