using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The BC sandbox (default seed) on Kestrel at 127.0.0.1 with a free port, shared by one test's bot instances.</summary>
internal sealed class BcSandboxHost : IAsyncDisposable
{
    private const string Prefix = "/bc/api/v2.0";

    private readonly LoopbackServer _server;

    private BcSandboxHost(LoopbackServer server, BusinessCentralSandbox sandbox, string baseUrl)
    {
        _server = server;
        Sandbox = sandbox;
        BaseUrl = baseUrl;
    }

    public BusinessCentralSandbox Sandbox { get; }

    public string BaseUrl { get; }

    public static async Task<BcSandboxHost> StartAsync(BusinessCentralSandboxOptions? options = null)
    {
        var sandbox = new BusinessCentralSandbox(options);
        LoopbackServer server = await LoopbackServer.StartAsync(null, app => app.MapSandboxBusinessCentral(Prefix, sandbox));
        return new BcSandboxHost(server, sandbox, server.Origin + Prefix);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
