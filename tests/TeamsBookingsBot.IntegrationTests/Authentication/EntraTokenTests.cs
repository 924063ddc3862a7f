using Microsoft.IdentityModel.Tokens;
using TeamsBookingsBot.Teams.Authentication;

namespace TeamsBookingsBot.Authentication;

public sealed class EntraTokenTests
{
    private const string CallerAppId = "d7c2a9e0-1111-4222-8333-944455556666";

    private static string EntraToken(AuthHarness h, RsaSecurityKey key, string caller, Action<Dictionary<string, object>>? edit = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = $"https://sts.windows.net/{AuthHarness.TenantId}/",
            ["aud"] = AuthHarness.AppId,
            ["tid"] = AuthHarness.TenantId,
            ["ver"] = "1.0",
            ["appid"] = caller,
            ["serviceurl"] = AuthHarness.ServiceUrl,
            ["nbf"] = h.Time.GetUtcNow().AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = h.Time.GetUtcNow().AddMinutes(59).ToUnixTimeSeconds(),
        };
        edit?.Invoke(claims);
        return TestKeys.Sign(key, SecurityAlgorithms.RsaSha256, claims);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWhilePathIsOff_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        RsaSecurityKey key = h.Server.AddEntraKey("entra-key");

        var rejected = Assert.IsType<BotAuthenticationResult.Rejected>(await h.AuthenticateTokenAsync(EntraToken(h, key, CallerAppId)));

        Assert.Equal("issuer is not trusted", rejected.Reason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenFromAllowedCaller_Passes()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedEntraCallers = [CallerAppId]);
        RsaSecurityKey key = h.Server.AddEntraKey("entra-key");

        Assert.True((await h.AuthenticateTokenAsync(EntraToken(h, key, CallerAppId))).IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_EntraTokenFromOtherCaller_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedEntraCallers = [CallerAppId]);
        RsaSecurityKey key = h.Server.AddEntraKey("entra-key");

        var rejected = Assert.IsType<BotAuthenticationResult.Rejected>(
            await h.AuthenticateTokenAsync(EntraToken(h, key, "0badca11-0000-4000-8000-000000000000")));

        Assert.Contains("AllowedEntraCallers", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_EntraTokenFromOtherTenant_Fails()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedEntraCallers = [CallerAppId]);
        RsaSecurityKey key = h.Server.AddEntraKey("entra-key");

        string token = EntraToken(h, key, CallerAppId, c => c["tid"] = "99999999-0000-0000-0000-000000000000");

        Assert.Equal("Entra token is from another tenant", Assert.IsType<BotAuthenticationResult.Rejected>(await h.AuthenticateTokenAsync(token)).Reason);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://evil.example.com/", false)]
    public async Task Authenticate_EntraTokenWithoutServiceUrlClaim_NeedsAllowListedHost(string serviceUrl, bool expected)
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedEntraCallers = [CallerAppId]);
        RsaSecurityKey key = h.Server.AddEntraKey("entra-key");

        string token = EntraToken(h, key, CallerAppId, c => c.Remove("serviceurl"));

        Assert.Equal(expected, (await h.AuthenticateTokenAsync(token, AuthHarness.Activity(a => a.ServiceUrl = serviceUrl))).IsAuthenticated);
    }
}
