using System.Net;
using System.Net.Sockets;
using Microsoft.IdentityModel.Tokens;
using TeamsBookingsBot.Teams.Authentication;

namespace TeamsBookingsBot.Authentication;

public sealed class SigningKeyRefreshTests
{
    [Fact]
    public async Task Authenticate_ManyValidTokens_FetchMetadataOnce()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        for (int i = 0; i < 5; i++)
        {
            Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken())).IsAuthenticated);
        }

        Assert.Equal(1, h.Server.MetadataFetches);
        Assert.Equal(1, h.Server.KeySetFetches);
    }

    [Fact]
    public async Task Authenticate_ForgedUnknownKids_RefetchAtMostOncePerFiveMinutes()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken())).IsAuthenticated);

        for (int i = 0; i < 10; i++)
        {
            string forged = h.ChannelToken(key: TestKeys.Private($"forged-{i}", material: "attacker"));
            Assert.False((await h.AuthenticateTokenAsync(forged)).IsAuthenticated);
            h.Time.Advance(TimeSpan.FromSeconds(20));
        }
        Assert.Equal(2, h.Server.MetadataFetches);

        h.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.False((await h.AuthenticateTokenAsync(h.ChannelToken(key: TestKeys.Private("forged-late", material: "attacker")))).IsAuthenticated);

        Assert.Equal(3, h.Server.MetadataFetches);
        Assert.Equal(3, h.Server.KeySetFetches);
    }

    [Fact]
    public async Task Authenticate_ConcurrentForgedKids_RefetchOnce()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken())).IsAuthenticated);

        BotAuthenticationResult[] results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            h.AuthenticateTokenAsync(h.ChannelToken(key: TestKeys.Private($"burst-{i}", material: "attacker")))));

        Assert.All(results, r => Assert.False(r.IsAuthenticated));
        Assert.Equal(2, h.Server.MetadataFetches);
    }

    [Fact]
    public async Task Authenticate_KeyRotatedInAfterFirstLoad_PassesOnFirstUse()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken())).IsAuthenticated);

        RsaSecurityKey rotated = h.Server.AddChannelKey("rotated-key", "msteams");

        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken(key: rotated))).IsAuthenticated);
        Assert.Equal(2, h.Server.MetadataFetches);
        Assert.True((await h.AuthenticateTokenAsync(h.ChannelToken())).IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_FailsClosed()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.OpenIdMetadataUrl = $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration");

        BotAuthenticationResult first = await h.AuthenticateTokenAsync(h.ChannelToken());
        BotAuthenticationResult second = await h.AuthenticateTokenAsync(h.ChannelToken());

        Assert.Equal("signing keys have never loaded", Assert.IsType<BotAuthenticationResult.Rejected>(first).Reason);
        Assert.False(second.IsAuthenticated);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
