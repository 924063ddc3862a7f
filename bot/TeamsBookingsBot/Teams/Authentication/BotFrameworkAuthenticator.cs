using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Teams.Authentication;

/// <summary>
/// Channel-token validation as the Bot Framework SDK does it (JwtTokenExtractor, ChannelValidation,
/// EndorsementsValidator, SkillValidation), plus the opt-in Entra path of protocol spec §1.5.
/// </summary>
internal sealed class BotFrameworkAuthenticator : IBotAuthenticator, IDisposable
{
    public const string TeamsChannelId = "msteams";

    private readonly BotOptions options;
    private readonly BotIdentityOptions identity;
    private readonly ILogger<BotFrameworkAuthenticator> logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly SignedTokenValidator signedTokens;
    private readonly SigningKeySource channelKeys;
    private readonly SigningKeySource? entraKeys;

    public BotFrameworkAuthenticator(
        IOptions<BotOptions> options,
        IOptions<BotIdentityOptions> identity,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        this.options = options.Value;
        this.identity = identity.Value;
        this.logger = logger;
        signedTokens = new SignedTokenValidator(handler, this.identity, timeProvider);
        channelKeys = new SigningKeySource(this.options.OpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
        if (this.options.AllowedEntraCallers.Count > 0 && !string.IsNullOrWhiteSpace(this.identity.MicrosoftAppTenantId))
        {
            string tenant = this.identity.MicrosoftAppTenantId;
            string metadataUrl = $"{this.options.LoginAuthorityHost.TrimEnd('/')}/{tenant}/v2.0/.well-known/openid-configuration";
            entraKeys = new SigningKeySource(metadataUrl, httpClientFactory, timeProvider, logger);
            logger.EntraCallersEnabled(this.options.AllowedEntraCallers.Count, tenant);
        }
    }

    public void Dispose()
    {
        channelKeys.Dispose();
        entraKeys?.Dispose();
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        BotAuthenticationResult result = await AuthenticateCoreAsync(authorizationHeader, activity, ct);
        switch (result)
        {
            case BotAuthenticationResult.Rejected rejected:
                logger.ActivityRejected(activity.Id, rejected.Reason);
                break;
            case BotAuthenticationResult.Authenticated authenticated:
                logger.ActivityAuthenticated(activity.Id, authenticated.Identity.FindFirst("ver") is null ? "channel" : "Entra");
                break;
        }
        return result;
    }

    private async Task<BotAuthenticationResult> AuthenticateCoreAsync(string? header, Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(header))
        {
            return Reject("no Authorization header");
        }
        // The SDK splits on one space and compares the scheme case-sensitively; so do we.
        string[] parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return Reject("Authorization header is not 'Bearer <token>'");
        }
        if (!string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.Ordinal))
        {
            return Reject("channelId is not msteams");
        }
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return Reject("activity has no serviceUrl");
        }
        if (string.IsNullOrWhiteSpace(identity.MicrosoftAppId))
        {
            return Reject("no MicrosoftAppId configured, so no audience can match");
        }
        JsonWebToken token;
        string issuer;
        try
        {
            token = handler.ReadJsonWebToken(parts[1]);
            // Header and payload are read lazily: a JWE, a non-JSON part or a claim of the wrong type fails here, not later.
            issuer = token.Issuer;
            _ = token.Kid;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or System.Text.Json.JsonException
            or Microsoft.IdentityModel.Tokens.SecurityTokenException or InvalidOperationException)
        {
            return Reject("token is not a readable JWT");
        }

        if (string.Equals(issuer, options.TokenIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(parts[1], token, activity, ct);
        }
        if (entraKeys is not null && EntraIssuers().Contains(issuer, StringComparer.Ordinal))
        {
            return await ValidateEntraTokenAsync(parts[1], token, activity, entraKeys, ct);
        }
        return Reject("issuer is not trusted");
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(string raw, JsonWebToken token, Activity activity, CancellationToken ct)
    {
        SignedTokenCheck check = await signedTokens.ValidateAsync(raw, token, channelKeys, [options.TokenIssuer], ct);
        if (check.Rejection is { } rejection)
        {
            return rejection;
        }
        if (!check.Configuration!.Endorsements.TryGetValue(token.Kid, out IReadOnlySet<string>? endorsements) || endorsements.Count == 0)
        {
            return Reject("signing key has no endorsements");
        }
        if (!endorsements.Contains(activity.ChannelId!))
        {
            return Reject("signing key is not endorsed for the activity's channel");
        }
        ClaimsIdentity claims = check.Claims!;
        if (CallerClaims.IsSkillToken(claims))
        {
            return Reject("skill tokens are not accepted");
        }
        string? serviceUrlClaim = claims.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrWhiteSpace(serviceUrlClaim))
        {
            return Reject("token has no serviceurl claim");
        }
        if (!string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("serviceurl claim does not match the activity's serviceUrl");
        }
        return (BotAuthenticationResult?)CheckTenant(activity) ?? new BotAuthenticationResult.Authenticated(claims);
    }

    private async Task<BotAuthenticationResult> ValidateEntraTokenAsync(
        string raw, JsonWebToken token, Activity activity, SigningKeySource keys, CancellationToken ct)
    {
        if (!token.TryGetPayloadValue("tid", out string? tid)
            || !string.Equals(tid, identity.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("Entra token is from another tenant");
        }
        SignedTokenCheck check = await signedTokens.ValidateAsync(raw, token, keys, EntraIssuers(), ct);
        if (check.Rejection is { } rejection)
        {
            return rejection;
        }
        ClaimsIdentity claims = check.Claims!;
        string? caller = CallerClaims.CallerAppId(claims);
        if (caller is null || !options.AllowedEntraCallers.Contains(caller, StringComparer.OrdinalIgnoreCase))
        {
            return Reject("Entra caller app is not in Bot:AllowedEntraCallers");
        }
        string? serviceUrlClaim = claims.FindFirst("serviceurl")?.Value;
        if (serviceUrlClaim is not null)
        {
            if (!string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return Reject("serviceurl claim does not match the activity's serviceUrl");
            }
        }
        else if (!ServiceUrlAllowList.IsAllowed(activity.ServiceUrl!, options))
        {
            return Reject("Entra token without serviceurl claim and serviceUrl is not on the outbound allow-list");
        }
        return (BotAuthenticationResult?)CheckTenant(activity) ?? new BotAuthenticationResult.Authenticated(claims);
    }

    private BotAuthenticationResult.Rejected? CheckTenant(Activity activity)
    {
        if (options.AllowedTenants.Count == 0)
        {
            return null;
        }
        ActivityTenant tenant = ActivityTenant.Of(activity);
        if (tenant.IsConflicting)
        {
            return Reject("conversation.tenantId and channelData.tenant.id name different tenants");
        }
        return tenant.Id is not null && options.AllowedTenants.Contains(tenant.Id, ActivityTenant.Comparer)
            ? null
            : Reject("tenant is not in Bot:AllowedTenants");
    }

    private string[] EntraIssuers() =>
    [
        $"https://sts.windows.net/{identity.MicrosoftAppTenantId}/",
        $"{options.LoginAuthorityHost.TrimEnd('/')}/{identity.MicrosoftAppTenantId}/v2.0",
    ];

    private static BotAuthenticationResult.Rejected Reject(string reason) => new(reason);
}
