using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

/// <summary>A real <see cref="ConnectorClient"/> over a real HttpClient, with a counting credential and short back-off.</summary>
internal sealed class ConnectorTestClient : IDisposable
{
    public static readonly ConnectorRetryPolicy FastRetry = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
    };

    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public ConnectorTestClient(
        bool allowLoopback = true,
        string? appId = "00000000-0000-0000-0000-00000000b07",
        ConnectorRetryPolicy? retry = null,
        List<string>? allowList = null,
        TimeSpan? timeout = null)
    {
        http.Timeout = timeout ?? TimeSpan.FromSeconds(30);
        BotOptions bot = new() { AllowLoopbackServiceUrls = allowLoopback };
        if (allowList is not null)
        {
            bot.OutboundHostAllowList = allowList;
        }
        BotIdentityOptions identity = new()
        {
            MicrosoftAppType = BotAppType.SingleTenant,
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "fake-pw",
            MicrosoftAppTenantId = "00000000-0000-0000-0000-0000000000t1",
        };
        Tokens = new BotTokenProvider(
            Credentials, Options.Create(identity), Options.Create(bot), TimeProvider.System, NullLogger<BotTokenProvider>.Instance);
        ConnectorPipeline pipeline = new(
            http, Tokens, ConnectorHostPolicy.From(bot), retry ?? FastRetry, TimeProvider.System, NullLogger<ConnectorPipeline>.Instance);
        Client = new ConnectorClient(pipeline);
    }

    public CountingCredentialFactory Credentials { get; } = new();

    public IBotTokenProvider Tokens { get; }

    public IConnectorClient Client { get; }

    public void Dispose() => http.Dispose();
}
