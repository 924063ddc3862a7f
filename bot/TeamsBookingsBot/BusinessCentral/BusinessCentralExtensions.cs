using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.BusinessCentral;

public static class BusinessCentralExtensions
{
    public const string HttpClientName = "BusinessCentral";

    public static IHostApplicationBuilder AddBusinessCentral(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddOptions<BusinessCentralOptions>()
            .BindConfiguration(BusinessCentralOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BusinessCentralOptions>, BusinessCentralOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BusinessCentralMetrics>();
        services.TryAddSingleton<BusinessCentralTokenSource>();
        services.TryAddSingleton<BusinessCentralEndpoint>();
        services.TryAddSingleton(sp => new BusinessCentralSession(sp.GetRequiredService<IOptions<BusinessCentralOptions>>().Value.MaxParallelInvoices));
        services.TryAddTransient<BusinessCentralAuthHandler>();
        // No resilience handler: BusinessCentralHttp owns retries because a POST must never be retried blindly.
        services.AddHttpClient<IBusinessCentral, BusinessCentralClient>(HttpClientName, (sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<BusinessCentralOptions>>().Value.RequestTimeout)
            .AddHttpMessageHandler<BusinessCentralAuthHandler>();
        return builder;
    }
}
