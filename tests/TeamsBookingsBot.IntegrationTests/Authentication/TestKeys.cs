using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsBookingsBot.Authentication;

internal static class TestKeys
{
    // RSA generation is slow on a shared 2-core box: one key pair per material name, reused across tests.
    private static readonly ConcurrentDictionary<string, Lazy<RSA>> Material = new(StringComparer.Ordinal);

    /// <summary>A private key named <paramref name="kid"/>; <paramref name="material"/> picks the key pair (default: the kid's own).</summary>
    public static RsaSecurityKey Private(string kid, string? material = null) =>
        new(Material.GetOrAdd(material ?? kid, _ => new Lazy<RSA>(() => RSA.Create(2048))).Value) { KeyId = kid };

    public static string Sign(SecurityKey key, string algorithm, IDictionary<string, object> claims)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    public static string Unsigned(string kid, IDictionary<string, object> claims)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        var payload = new JsonObject();
        foreach ((string name, object value) in claims)
        {
            payload[name] = JsonValue.Create(value);
        }
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    public static SymmetricSecurityKey Hmac(string kid) =>
        new(Encoding.UTF8.GetBytes("a-shared-secret-long-enough-for-hmac-sha256!!")) { KeyId = kid };

    private static string Encode(JsonNode node) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
