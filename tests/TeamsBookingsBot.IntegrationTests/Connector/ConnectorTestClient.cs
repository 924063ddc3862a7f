using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

/// <summary>
/// The real <see cref="IConnectorClient"/> as AddConnectorClient wires it (typed HttpClient, resilience pipeline),
/// with a counting credential and a <see cref="RecordingClock"/>: every retry wait and attempt timeout is on it.
/// </summary>
internal sealed class ConnectorTestClient : IDisposable
{
    private readonly IHost host;

    public ConnectorTestClient(bool allowLoopback = true, string? appId = "00000000-0000-0000-0000-00000000b07", List<string>? allowList = null)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Dictionary<string, string?> settings = new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "fake-pw",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000t1",
            ["Bot:AllowLoopbackServiceUrls"] = allowLoopback ? "true" : "false",
        };
        for (int i = 0; i < (allowList?.Count ?? 0); i++)
        {
            settings[$"Bot:OutboundHostAllowList:{i}"] = allowList![i];
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        // The bot's token has a time limit on the same clock; it is not a retry wait, so the tests do not see it.
        Clock.Unreported.Add(BotTokenProvider.TokenTimeLimit);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<IBotCredentialFactory>(Credentials);
        builder.AddConnectorClient();
        host = builder.Build();
        Client = host.Services.GetRequiredService<IConnectorClient>();
        Tokens = host.Services.GetRequiredService<IBotTokenProvider>();
    }

    /// <summary>Every wait of a retry is shorter than this; the per-attempt timeout is not.</summary>
    public TimeSpan AttemptTimeout => host.Services.GetRequiredService<ConnectorRetryPolicy>().AttemptTimeout;

    public RecordingClock Clock { get; } = new();

    public CountingCredentialFactory Credentials { get; } = new();

    public IBotTokenProvider Tokens { get; }

    public IConnectorClient Client { get; }

    public void Dispose() => host.Dispose();
}
