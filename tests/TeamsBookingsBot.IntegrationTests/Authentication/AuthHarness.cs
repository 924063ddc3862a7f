using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Authentication;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Authentication;

/// <summary>A fake metadata server, a fake clock and an authenticator pointed at both.</summary>
internal sealed class AuthHarness : IAsyncDisposable
{
    public const string AppId = "8b1d3c1e-5f7a-4e62-9a0d-0c8a1f4b2e77";
    public const string TenantId = "1a2b3c4d-5e6f-4789-a0b1-c2d3e4f5a6b7";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TeamsKid = "teams-key";
    public const string Issuer = "https://api.botframework.com";

    private readonly ServiceProvider services;
    private readonly Lazy<BotFrameworkAuthenticator> authenticator;

    private AuthHarness(FakeOpenIdServer server, BotOptions options, BotIdentityOptions identity)
    {
        Server = server;
        Options = options;
        services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        authenticator = new Lazy<BotFrameworkAuthenticator>(() => new BotFrameworkAuthenticator(
            Microsoft.Extensions.Options.Options.Create(options),
            Microsoft.Extensions.Options.Options.Create(identity),
            services.GetRequiredService<IHttpClientFactory>(),
            Time,
            NullLogger<BotFrameworkAuthenticator>.Instance));
    }

    public FakeOpenIdServer Server { get; }

    public BotOptions Options { get; }

    // A fixed instant far from the real clock: a pass proves lifetime checks read the injected TimeProvider.
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2031, 3, 4, 10, 0, 0, TimeSpan.Zero));

    public RsaSecurityKey TeamsKey { get; private set; } = null!;

    public static async Task<AuthHarness> StartAsync(Action<BotOptions>? configure = null)
    {
        FakeOpenIdServer server = await FakeOpenIdServer.StartAsync();
        var options = new BotOptions { OpenIdMetadataUrl = server.MetadataUrl, LoginAuthorityHost = server.BaseUrl };
        configure?.Invoke(options);
        var harness = new AuthHarness(server, options, new BotIdentityOptions { MicrosoftAppId = AppId, MicrosoftAppTenantId = TenantId });
        harness.TeamsKey = server.AddChannelKey(TeamsKid, "msteams", "webchat");
        return harness;
    }

    public Dictionary<string, object> ChannelClaims() => new()
    {
        ["iss"] = Issuer,
        ["aud"] = AppId,
        ["serviceurl"] = ServiceUrl,
        ["nbf"] = Time.GetUtcNow().AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = Time.GetUtcNow().AddMinutes(59).ToUnixTimeSeconds(),
    };

    public string ChannelToken(Action<Dictionary<string, object>>? edit = null, SecurityKey? key = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        Dictionary<string, object> claims = ChannelClaims();
        edit?.Invoke(claims);
        return TestKeys.Sign(key ?? TeamsKey, algorithm, claims);
    }

    public static Activity Activity(Action<Activity>? edit = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1571537152320",
            ChannelId = "msteams",
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount { Id = "a:1", TenantId = TenantId },
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:" + AppId },
            Text = "hi",
        };
        edit?.Invoke(activity);
        return activity;
    }

    public Task<BotAuthenticationResult> AuthenticateAsync(string? header, Activity? activity = null) =>
        authenticator.Value.AuthenticateAsync(header, activity ?? Activity(), CancellationToken.None);

    public Task<BotAuthenticationResult> AuthenticateTokenAsync(string token, Activity? activity = null) =>
        AuthenticateAsync("Bearer " + token, activity);

    public async ValueTask DisposeAsync()
    {
        if (authenticator.IsValueCreated)
        {
            authenticator.Value.Dispose();
        }
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
