using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class BotTokenProviderTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly ScriptedTokenCredential credential;
    private int creates;

    public BotTokenProviderTests() => credential = new ScriptedTokenCredential(time);

    private BotTokenProvider Provider(string? appId = "app-id") => new(
        new Factory(this),
        Options.Create(new BotIdentityOptions { MicrosoftAppId = appId, MicrosoftAppPassword = "p", MicrosoftAppTenantId = "t" }),
        Options.Create(new BotOptions()),
        time,
        NullLogger<BotTokenProvider>.Instance);

    [Fact]
    public async Task GetToken_Repeated_ServesCacheUntilFiveMinutesBeforeExpiry()
    {
        using BotTokenProvider provider = Provider();

        Assert.Equal("token-1", await provider.GetTokenAsync(false, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(false, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal(2, credential.Calls);
        Assert.Equal(1, creates);
    }

    [Fact]
    public async Task GetToken_ForceRefresh_UsesANewCredentialDespiteAFreshCache()
    {
        using BotTokenProvider provider = Provider();
        await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-2", await provider.GetTokenAsync(true, CancellationToken.None));
        Assert.Equal("token-2", await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Equal(2, creates);
    }

    [Fact]
    public async Task GetToken_NoAppId_IsAnonymousAndRefuses()
    {
        using BotTokenProvider provider = Provider(appId: " ");

        Assert.True(provider.IsAnonymous);
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(false, CancellationToken.None).AsTask());
        Assert.Equal(0, creates);
    }

    private sealed class Factory(BotTokenProviderTests test) : IBotCredentialFactory
    {
        public TokenCredential Create(BotIdentityOptions identity, BotOptions bot)
        {
            test.creates++;
            return test.credential;
        }
    }
}
