using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Identity;

namespace TeamsBookingsBot.Graph;

public static class GraphBookingsExtensions
{
    /// <summary>
    /// Registers <see cref="GraphOptions"/> (validated at start-up) and <see cref="IBookingsSource"/> over one
    /// shared Graph client.
    /// </summary>
    public static IHostApplicationBuilder AddGraphBookings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddServiceCredentials();
        builder.Services.TryAddSingleton<GraphClientAccessor>();
        builder.Services.TryAddSingleton<IBookingsSource, GraphBookingsSource>();
        return builder;
    }
}
