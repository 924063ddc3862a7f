using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The sandbox on Kestrel (127.0.0.1, port 0) plus the real client wired through AddBusinessCentral,
/// pointed at it by configuration exactly as the app would be.
/// </summary>
internal sealed class BusinessCentralSandboxServer : IAsyncDisposable
{
    private const string Prefix = "/bc-under-test/api/v2.0";

    private readonly LoopbackServer _server;
    private readonly IHost _clientHost;

    private BusinessCentralSandboxServer(LoopbackServer server, IHost clientHost, BusinessCentralSandbox sandbox, string baseUrl, RecordingClock clock)
    {
        _server = server;
        _clientHost = clientHost;
        Sandbox = sandbox;
        BaseUrl = baseUrl;
        Clock = clock;
        Metrics = new BusinessCentralCallCounts(clientHost.Services);
    }

    public BusinessCentralSandbox Sandbox { get; }

    public string BaseUrl { get; }

    public IBusinessCentral Client => _clientHost.Services.GetRequiredService<IBusinessCentral>();

    public BusinessCentralCallCounts Metrics { get; }

    /// <summary>The client's clock: its retry waits and attempt timeouts run on it (the sandbox keeps real time).</summary>
    public RecordingClock Clock { get; }

    /// <summary>Every retry wait is shorter than this; the attempt timeout (RequestTimeout) is not.</summary>
    public static TimeSpan AttemptTimeout => TimeSpan.FromSeconds(10);

    public HttpClient RawHttp { get; } = new();

    public static async Task<BusinessCentralSandboxServer> StartAsync(
        BusinessCentralSandboxOptions? sandboxOptions = null, IDictionary<string, string?>? clientSettings = null)
    {
        BusinessCentralSandbox sandbox = new(sandboxOptions);
        LoopbackServer server = await LoopbackServer.StartAsync(null, app => app.MapSandboxBusinessCentral(Prefix, sandbox));
        string baseUrl = server.Origin + Prefix;

        HostApplicationBuilder clientBuilder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Dictionary<string, string?> settings = new()
        {
            ["BusinessCentral:BaseUrl"] = baseUrl,
            ["BusinessCentral:CompanyName"] = BusinessCentralSandbox.CronusCompanyName,
            ["BusinessCentral:TenantId"] = "contoso.onmicrosoft.com",
            ["BusinessCentral:Environment"] = "Sandbox",
            ["BusinessCentral:RequestTimeout"] = "00:00:10",
        };
        foreach ((string key, string? value) in clientSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        clientBuilder.Configuration.AddInMemoryCollection(settings);
        clientBuilder.Services.AddLogging();
        RecordingClock clock = new();
        clientBuilder.Services.AddSingleton<TimeProvider>(clock);
        clientBuilder.AddBusinessCentral();
        IHost clientHost = clientBuilder.Build();
        await clientHost.StartAsync(); // runs ValidateOnStart
        return new BusinessCentralSandboxServer(server, clientHost, sandbox, baseUrl, clock);
    }

    public async ValueTask DisposeAsync()
    {
        RawHttp.Dispose();
        Metrics.Dispose();
        await _clientHost.StopAsync();
        _clientHost.Dispose();
        await _server.DisposeAsync();
    }
}
