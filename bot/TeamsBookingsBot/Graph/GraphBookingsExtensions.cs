using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Sandbox;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Graph;

public static class GraphBookingsExtensions
{
    /// <summary>
    /// Registers <see cref="GraphOptions"/> (validated at start-up) and <see cref="IBookingsSource"/> over one
    /// shared Graph client. With Sandbox:Enabled and no Graph:Businesses, the sandbox's business is synced.
    /// </summary>
    public static IHostApplicationBuilder AddGraphBookings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .PostConfigure<IOptions<SandboxOptions>>((graph, sandbox) =>
            {
                if (sandbox.Value.Enabled && graph.Businesses.Count == 0)
                {
                    graph.Businesses.Add(SandboxBookingsData.BusinessOptions());
                }
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<GraphClientAccessor>();
        builder.Services.TryAddSingleton<IBookingsSource, GraphBookingsSource>();
        return builder;
    }
}
