using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsBookingsBot;

/// <summary>A Kestrel server on 127.0.0.1 with a free port, for the fakes (Graph, Business Central) the real clients talk to.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Origin { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<LoopbackServer> StartAsync(Action<WebApplicationBuilder>? services, Action<WebApplication> map)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        services?.Invoke(builder);
        WebApplication app = builder.Build();
        map(app);
        await app.StartAsync();
        string origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, origin.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
