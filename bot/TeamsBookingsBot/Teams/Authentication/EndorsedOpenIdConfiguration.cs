using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamsBookingsBot.Teams.Authentication;

/// <summary>OpenID metadata plus the Bot Framework's per-key <c>endorsements</c>, which IdentityModel does not expose.</summary>
internal sealed class EndorsedOpenIdConfiguration(string metadataJson) : OpenIdConnectConfiguration(metadataJson)
{
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; init; } =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);

    /// <summary>Increases with every fetch, so the newest of two configurations can be told apart.</summary>
    public long Generation { get; init; }

    public bool HasSigningKey(string keyId) => SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
