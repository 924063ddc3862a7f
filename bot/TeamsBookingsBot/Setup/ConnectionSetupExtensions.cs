using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Graph;

namespace TeamsBookingsBot.Setup;

public static class ConnectionSetupExtensions
{
    /// <summary>
    /// Registers what the setup card asks Graph and Business Central: the Bookings businesses of a tenant, the companies
    /// of an environment, and "Test connection". Needs <c>AddGraphBookings</c> and <c>AddBusinessCentral</c>.
    /// </summary>
    public static IHostApplicationBuilder AddConnectionSetup(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.TryAddSingleton<IBookingsBusinessDirectory, GraphBookingsBusinessDirectory>();
        services.TryAddSingleton<IBusinessCentralCompanyDirectory, BusinessCentralCompanyDirectory>();
        services.TryAddSingleton<GraphConnectionCheck>();
        services.TryAddSingleton<BusinessCentralConnectionCheck>();
        services.TryAddSingleton<IConnectionCheck, ConnectionCheck>();
        return builder;
    }
}
