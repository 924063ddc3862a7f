using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsBookingsBot.Teams.Authentication;

// The checks the channel and Entra paths share: the key the kid names, signature, issuer, audience and lifetime.
internal sealed class SignedTokenValidator(JsonWebTokenHandler handler, BotIdentityOptions identity, TimeProvider timeProvider)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public async Task<SignedTokenCheck> ValidateAsync(
        string raw, JsonWebToken token, SigningKeySource keys, IReadOnlyList<string> issuers, CancellationToken ct)
    {
        KeyLookup lookup = await FindKeyAsync(keys, token.Kid, ct);
        if (lookup.Rejection is { } rejection)
        {
            return new SignedTokenCheck(null, null, rejection);
        }
        TokenValidationResult validation = await handler.ValidateTokenAsync(raw, Parameters(issuers, lookup.Configuration!));
        if (Invalid(validation, token.Kid) is { } invalid)
        {
            return new SignedTokenCheck(null, null, invalid);
        }
        return new SignedTokenCheck(lookup.Configuration, validation.ClaimsIdentity, null);
    }

    private async Task<KeyLookup> FindKeyAsync(SigningKeySource keys, string? kid, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(kid))
        {
            return new KeyLookup(null, Reject("token has no kid"));
        }
        EndorsedOpenIdConfiguration? configuration = await keys.GetAsync(ct);
        if (configuration is null)
        {
            return new KeyLookup(null, Reject("signing keys have never loaded"));
        }
        if (!configuration.HasSigningKey(kid) && await keys.TryRefreshForUnknownKeyAsync(kid, ct))
        {
            configuration = await keys.GetAsync(ct) ?? configuration;
        }
        return configuration.HasSigningKey(kid)
            ? new KeyLookup(configuration, null)
            : new KeyLookup(null, Reject("signing key id is unknown"));
    }

    private TokenValidationParameters Parameters(IReadOnlyList<string> issuers, EndorsedOpenIdConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        // Exact, ordinal matches: IdentityModel's defaults forgive a trailing slash.
        IssuerValidator = (issuer, _, _) => issuers.Contains(issuer, StringComparer.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException("Issuer is not trusted."),
        ValidateAudience = true,
        ValidAudience = identity.MicrosoftAppId,
        // An array "aud" counts as its first value, as the Bot Framework SDK reads it: ChannelValidation.AuthenticateChannelToken
        // (botbuilder-dotnet, libraries/Microsoft.Bot.Connector/Authentication/ChannelValidation.cs) takes
        // identity.Claims.FirstOrDefault(c => c.Type == "aud") and SimpleCredentialProvider.IsValidAppIdAsync compares it
        // with == to the app id. "Any value matches" would accept a token minted for another app that lists ours second.
        AudienceValidator = (audiences, _, _) => string.Equals(audiences.FirstOrDefault(), identity.MicrosoftAppId, StringComparison.Ordinal),
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        // IdentityModel reads the system clock; our own check uses the injected TimeProvider.
        LifetimeValidator = (notBefore, expires, _, _) => ValidateLifetime(notBefore, expires),
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKeys = configuration.SigningKeys,
        // The kid picks the key, and the endorsement check trusts that pick: never fall back to other keys.
        TryAllIssuerSigningKeys = false,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires)
    {
        DateTime now = timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("Token has no expiry.");
        }
        if (notBefore is { } nbf && nbf > expires)
        {
            throw new SecurityTokenInvalidLifetimeException("Token expires before it becomes valid.");
        }
        if (notBefore is { } start && start - ClockSkew > now)
        {
            throw new SecurityTokenNotYetValidException("Token is not valid yet.");
        }
        if (expires.Value + ClockSkew < now)
        {
            throw new SecurityTokenExpiredException("Token has expired.");
        }
        return true;
    }

    private static BotAuthenticationResult.Rejected? Invalid(TokenValidationResult validation, string kid)
    {
        if (!validation.IsValid)
        {
            return Reject($"token validation failed ({validation.Exception?.GetType().Name ?? "unknown"})");
        }
        return string.Equals(validation.SecurityToken?.SigningKey?.KeyId, kid, StringComparison.Ordinal)
            ? null
            : Reject("token was not signed by the key its kid names");
    }

    private static BotAuthenticationResult.Rejected Reject(string reason) => new(reason);

    private sealed record KeyLookup(EndorsedOpenIdConfiguration? Configuration, BotAuthenticationResult.Rejected? Rejection);
}
