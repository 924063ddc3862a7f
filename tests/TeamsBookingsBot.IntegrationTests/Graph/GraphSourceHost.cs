using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Graph;

/// <summary>The bot's real Graph wiring (AddGraphBookings) in a bare host, pointed at a fake by configuration.</summary>
internal sealed class GraphSourceHost : IDisposable
{
    private readonly IHost host;

    private GraphSourceHost(IHost host) => this.host = host;

    public IBookingsSource Source => host.Services.GetRequiredService<IBookingsSource>();

    public IServiceProvider Services => host.Services;

    public static GraphSourceHost Create(string baseUrl, string businessId, IDictionary<string, string?>? extra = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:Businesses:0:Id"] = businessId,
            ["Graph:Businesses:0:TimeZone"] = "Pacific Standard Time",
        };
        foreach ((string key, string? value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        builder.AddGraphBookings();
        return new GraphSourceHost(builder.Build());
    }

    public void Dispose() => host.Dispose();
}
