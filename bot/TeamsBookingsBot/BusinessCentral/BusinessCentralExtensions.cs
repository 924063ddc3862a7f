using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Identity;
using TeamsBookingsBot.Resilience;

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
        services.AddBotMetrics();
        builder.AddServiceCredentials();
        services.TryAddSingleton<BusinessCentralConnections>();
        services.TryAddSingleton<IBusinessCentralConnections>(sp => sp.GetRequiredService<BusinessCentralConnections>());
        // Callers not yet per business use the configured company.
        services.TryAddTransient<IBusinessCentral>(sp => sp.GetRequiredService<BusinessCentralConnections>().Configured());
        services.TryAddTransient<BusinessCentralAuthHandler>();
        services.TryAddTransient<BusinessCentralCallCounter>();
        // The per-attempt limit is the pipeline's (RequestTimeout); a whole-call timeout would cut retry waits short.
        IHttpClientBuilder client = services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler("business-central", (pipeline, context) => pipeline.AddOutboundRetry(
            BusinessCentralHttp.RetryRules(context.ServiceProvider.GetRequiredService<IOptions<BusinessCentralOptions>>().Value),
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsBookingsBot.BusinessCentral")));
        // Inside the retries: every attempt gets a current token and is counted.
        client.AddHttpMessageHandler<BusinessCentralAuthHandler>()
            .AddHttpMessageHandler<BusinessCentralCallCounter>();
        return builder;
    }
}
