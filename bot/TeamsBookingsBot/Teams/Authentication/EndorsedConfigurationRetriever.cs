using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace TeamsBookingsBot.Teams.Authentication;

/// <summary>Fetches the metadata and then the raw <c>jwks_uri</c> document, keeping each key's endorsements.</summary>
internal sealed class EndorsedConfigurationRetriever : IConfigurationRetriever<EndorsedOpenIdConfiguration>
{
    private long generation;

    public async Task<EndorsedOpenIdConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        string metadataJson = await retriever.GetDocumentAsync(address, cancel);
        var metadata = new EndorsedOpenIdConfiguration(metadataJson);
        if (string.IsNullOrWhiteSpace(metadata.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
        }
        string jwksJson = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
        var keySet = new JsonWebKeySet(jwksJson);
        var configuration = new EndorsedOpenIdConfiguration(metadataJson)
        {
            JsonWebKeySet = keySet,
            Endorsements = ReadEndorsements(jwksJson),
            Generation = Interlocked.Increment(ref generation),
        };
        foreach (SecurityKey key in keySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }
        return configuration;
    }

    internal static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string jwksJson)
    {
        var endorsements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out JsonElement keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        foreach (JsonElement key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out JsonElement kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            if (!endorsements.TryGetValue(kid.GetString()!, out HashSet<string>? set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                endorsements[kid.GetString()!] = set;
            }
            foreach (JsonElement channel in list.EnumerateArray())
            {
                if (channel.ValueKind == JsonValueKind.String)
                {
                    set.Add(channel.GetString()!);
                }
            }
        }
        return endorsements.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }
}
