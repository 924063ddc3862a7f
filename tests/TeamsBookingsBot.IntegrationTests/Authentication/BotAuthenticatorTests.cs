using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using TeamsBookingsBot.Teams.Authentication;

namespace TeamsBookingsBot.Authentication;

public sealed class BotAuthenticatorTests
{
    internal static void AssertRejected(BotAuthenticationResult result, string reasonFragment)
    {
        var rejected = Assert.IsType<BotAuthenticationResult.Rejected>(result);
        Assert.True(rejected.Reason.Contains(reasonFragment, StringComparison.Ordinal), $"rejected for another reason: {rejected.Reason}");
    }

    [Fact]
    public async Task Authenticate_ValidChannelToken_Passes()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        BotAuthenticationResult result = await h.AuthenticateTokenAsync(h.ChannelToken());

        Assert.True(result.TryGetIdentity(out ClaimsIdentity? identity));
        Assert.Equal(AuthHarness.ServiceUrl, identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(AuthHarness.AppId, identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Passes()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        BotAuthenticationResult result = await h.AuthenticateTokenAsync(
            h.ChannelToken(), AuthHarness.Activity(a => a.ServiceUrl = "https://SMBA.trafficmanager.net/amer/"));

        Assert.True(result.IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinClockSkew_Passes()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        string token = h.ChannelToken();

        h.Time.Advance(TimeSpan.FromMinutes(59 + 4));

        Assert.True((await h.AuthenticateTokenAsync(token)).IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_ExpiredBeyondClockSkew_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        string token = h.ChannelToken();

        h.Time.Advance(TimeSpan.FromMinutes(59 + 6));

        AssertRejected(await h.AuthenticateTokenAsync(token), nameof(SecurityTokenExpiredException));
    }

    [Fact]
    public async Task Authenticate_NotYetValidBeyondClockSkew_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(c => c["nbf"] = h.Time.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds());

        AssertRejected(await h.AuthenticateTokenAsync(token), nameof(SecurityTokenNotYetValidException));
    }

    [Fact]
    public async Task Authenticate_NoExpiry_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(c => c.Remove("exp"));

        Assert.False((await h.AuthenticateTokenAsync(token)).IsAuthenticated);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData(AuthHarness.AppId + "/")]
    [InlineData("8B1D3C1E-5F7A-4E62-9A0D-0C8A1F4B2E77")]
    public async Task Authenticate_WrongAudience_Fails(string audience)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(c => c["aud"] = audience);

        AssertRejected(await h.AuthenticateTokenAsync(token), "SecurityTokenInvalidAudienceException");
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example.com")]
    public async Task Authenticate_WrongIssuer_Fails(string issuer)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(c => c["iss"] = issuer);

        AssertRejected(await h.AuthenticateTokenAsync(token), "issuer is not trusted");
    }

    [Fact]
    public async Task Authenticate_UnknownKid_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(key: TestKeys.Private("forged-kid"));

        AssertRejected(await h.AuthenticateTokenAsync(token), "signing key id is unknown");
    }

    [Fact]
    public async Task Authenticate_KnownKidButOtherKeyPair_FailsOnSignature()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(key: TestKeys.Private(AuthHarness.TeamsKid, material: "attacker"));

        AssertRejected(await h.AuthenticateTokenAsync(token), "SecurityTokenInvalidSignatureException");
    }

    [Fact]
    public async Task Authenticate_KidOfEndorsedKeySignedByUnendorsedKnownKey_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        h.Server.AddChannelKey("webchat-only", "webchat");

        // kid names the msteams key, but the signature comes from the other published key.
        string token = h.ChannelToken(key: TestKeys.Private(AuthHarness.TeamsKid, material: "webchat-only"));

        Assert.False((await h.AuthenticateTokenAsync(token)).IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_AlgNone_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = TestKeys.Unsigned(AuthHarness.TeamsKid, h.ChannelClaims());

        AssertRejected(await h.AuthenticateTokenAsync(token), "SecurityTokenInvalidSignatureException");
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Authenticate_OtherAllowedRsaAlgorithms_Pass(string algorithm)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken(algorithm: algorithm))).IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_GenuineKeyButRsaPss_FailsOnAlgorithmList()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        // PS256 verifies with the real key, so only the RS256/384/512 allow-list rejects it.
        string token = h.ChannelToken(algorithm: SecurityAlgorithms.RsaSsaPssSha256);

        AssertRejected(await h.AuthenticateTokenAsync(token), "token validation failed");
    }

    [Fact]
    public async Task Authenticate_Hs256_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(key: TestKeys.Hmac(AuthHarness.TeamsKid), algorithm: SecurityAlgorithms.HmacSha256);

        AssertRejected(await h.AuthenticateTokenAsync(token), "SecurityTokenInvalidSignatureException");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Authenticate_ServiceUrlMismatch_Fails(string activityServiceUrl)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        BotAuthenticationResult result = await h.AuthenticateTokenAsync(h.ChannelToken(), AuthHarness.Activity(a => a.ServiceUrl = activityServiceUrl));

        AssertRejected(result, "serviceurl claim does not match");
    }

    [Fact]
    public async Task Authenticate_NoServiceUrlClaim_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken(c => c.Remove("serviceurl"))), "no serviceurl claim");
    }

    [Fact]
    public async Task Authenticate_ActivityWithoutServiceUrl_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken(), AuthHarness.Activity(a => a.ServiceUrl = null)), "no serviceUrl");
    }

    [Fact]
    public async Task Authenticate_KidEndorsedForOtherChannelsOnly_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        RsaSecurityKey key = h.Server.AddChannelKey("webchat-key", "webchat", "directline");

        AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken(key: key)), "not endorsed for the activity's channel");
    }

    [Fact]
    public async Task Authenticate_KidWithoutEndorsements_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        RsaSecurityKey key = h.Server.AddChannelKey("bare-key", endorsements: null);

        AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken(key: key)), "has no endorsements");
    }

    [Fact]
    public async Task Authenticate_ChannelOtherThanTeams_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        // The key is endorsed for webchat too, so only our msteams-only rule stops this.
        BotAuthenticationResult result = await h.AuthenticateTokenAsync(h.ChannelToken(), AuthHarness.Activity(a => a.ChannelId = "webchat"));

        AssertRejected(result, "channelId is not msteams");
    }

    [Fact]
    public async Task Authenticate_NoAuthorizationHeader_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        AssertRejected(await h.AuthenticateAsync(null), "no Authorization header");
        AssertRejected(await h.AuthenticateAsync(""), "no Authorization header");
    }

    [Theory]
    [InlineData("bearer ")]
    [InlineData("BEARER ")]
    [InlineData("Bearer  ")]
    [InlineData("Basic ")]
    [InlineData("")]
    public async Task Authenticate_MalformedAuthorizationHeader_Fails(string prefix)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        AssertRejected(await h.AuthenticateAsync(prefix + h.ChannelToken()), "not 'Bearer <token>'");
    }

    [Fact]
    public async Task Authenticate_NotAJwt_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        AssertRejected(await h.AuthenticateAsync("Bearer not-a-token"), "not a readable JWT");
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task Authenticate_SkillToken_Fails(string version, string appIdClaim)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(c =>
        {
            c["ver"] = version;
            c[appIdClaim] = "5e0f5c43-0000-4000-8000-000000000001";
        });

        AssertRejected(await h.AuthenticateTokenAsync(token), "skill tokens");
    }

    [Fact]
    public async Task Authenticate_TenantNotOnAllowList_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedTenants = ["99999999-0000-0000-0000-000000000000"]);

        AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken()), "AllowedTenants");
    }

    [Fact]
    public async Task Authenticate_TenantOnAllowList_Passes()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedTenants = [AuthHarness.TenantId.ToUpperInvariant()]);

        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken())).IsAuthenticated);
    }
}
