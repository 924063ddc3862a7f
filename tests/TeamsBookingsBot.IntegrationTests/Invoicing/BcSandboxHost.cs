using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The BC sandbox (default seed) on Kestrel at 127.0.0.1 with a free port, shared by one test's bot instances.</summary>
internal sealed class BcSandboxHost : IAsyncDisposable
{
    private const string Prefix = "/bc/api/v2.0";

    private readonly WebApplication _app;

    private BcSandboxHost(WebApplication app, BusinessCentralSandbox sandbox, string baseUrl)
    {
        _app = app;
        Sandbox = sandbox;
        BaseUrl = baseUrl;
    }

    public BusinessCentralSandbox Sandbox { get; }

    public string BaseUrl { get; }

    public static async Task<BcSandboxHost> StartAsync(BusinessCentralSandboxOptions? options = null)
    {
        var sandbox = new BusinessCentralSandbox(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapSandboxBusinessCentral(Prefix, sandbox);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BcSandboxHost(app, sandbox, address.TrimEnd('/') + Prefix);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
