using System.Collections.Concurrent;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TeamsBookingsBot.Identity;

/// <summary>
/// Entra's token endpoint on Kestrel (127.0.0.1). The credentials keep their real authority
/// (https://login.microsoftonline.com); <see cref="Transport"/> carries every Entra request here instead, so MSAL
/// runs exactly as in production. Each token request is recorded: the tenant in its path, client id, scope, grant type.
/// </summary>
internal sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<TokenRequest> _requests;

    private FakeTokenEndpoint(LoopbackServer server, ConcurrentQueue<TokenRequest> requests)
    {
        _server = server;
        _requests = requests;
        Transport = new HttpClientTransport(new HttpClient(new RedirectToOrigin(server.Origin) { InnerHandler = new SocketsHttpHandler() }));
    }

    public HttpPipelineTransport Transport { get; }

    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    /// <summary>The access token the endpoint issues for a tenant and client: tests see which identity signed a call.</summary>
    public static string TokenFor(string tenant, string clientId) => $"token-{tenant}-{clientId}";

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var requests = new ConcurrentQueue<TokenRequest>();
        LoopbackServer server = await LoopbackServer.StartAsync(null, app => app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            IFormCollection form = await request.ReadFormAsync();
            var recorded = new TokenRequest(request.Headers["X-Original-Host"].ToString(), tenant,
                form["client_id"].ToString(), form["scope"].ToString(), form["grant_type"].ToString());
            requests.Enqueue(recorded);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = TokenFor(tenant, recorded.ClientId),
            });
        }));
        return new FakeTokenEndpoint(server, requests);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    public sealed record TokenRequest(string Host, string Tenant, string ClientId, string Scope, string GrantType);

    private sealed class RedirectToOrigin(string origin) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri original = request.RequestUri!;
            request.Headers.TryAddWithoutValidation("X-Original-Host", original.Host);
            request.RequestUri = new Uri(origin + original.PathAndQuery);
            request.Headers.Host = null;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
