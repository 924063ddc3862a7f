using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace TeamsBookingsBot.Authentication;

/// <summary>
/// OpenID metadata + JWKS on 127.0.0.1, shaped like login.botframework.com (keys carry <c>endorsements</c>)
/// and like an Entra tenant's v2.0 metadata. Counts fetches so tests can see refresh behaviour.
/// </summary>
internal sealed class FakeOpenIdServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[]? Endorsements)> channelKeys = new();
    private readonly ConcurrentDictionary<string, RsaSecurityKey> entraKeys = new();
    private int metadataFetches;
    private int keySetFetches;

    private FakeOpenIdServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    public int KeySetFetches => Volatile.Read(ref keySetFetches);

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FakeOpenIdServer(builder.Build());
        server.MapRoutes();
        await server.app.StartAsync();
        server.BaseUrl = server.app.Urls.Single().TrimEnd('/');
        return server;
    }

    /// <summary>A Bot Framework signing key; null endorsements leaves the property out of the JWKS.</summary>
    public RsaSecurityKey AddChannelKey(string kid, params string[]? endorsements)
    {
        var key = TestKeys.Private(kid);
        channelKeys[kid] = (key, endorsements);
        return key;
    }

    public RsaSecurityKey AddEntraKey(string kid)
    {
        var key = TestKeys.Private(kid);
        entraKeys[kid] = key;
        return key;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private void MapRoutes()
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref metadataFetches);
            return Results.Json(new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            });
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref keySetFetches);
            return Results.Json(KeySet(channelKeys.Select(p => (p.Value.Key, p.Value.Endorsements))));
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["issuer"] = $"{BaseUrl}/{tenant}/v2.0",
            ["jwks_uri"] = $"{BaseUrl}/{tenant}/discovery/v2.0/keys",
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) =>
            Results.Json(KeySet(entraKeys.Values.Select(k => (k, (string[]?)null)))));
    }

    private static JsonObject KeySet(IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        var array = new JsonArray();
        foreach ((RsaSecurityKey key, string[]? endorsements) in keys)
        {
            RSAParameters parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
            }
            array.Add(jwk);
        }
        return new JsonObject { ["keys"] = array };
    }
}
