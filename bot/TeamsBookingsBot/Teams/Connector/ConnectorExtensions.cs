using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Resilience;

namespace TeamsBookingsBot.Teams.Connector;

public static class ConnectorExtensions
{
    /// <summary>Registers <see cref="IConnectorClient"/> and <see cref="IBotTokenProvider"/>; binds Bot and bot identity options if nobody has.</summary>
    public static IHostApplicationBuilder AddConnectorClient(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        // Inbound auth binds the same options; binding twice would append the configured allow-list entries twice.
        if (!IsBound<BotOptions>(services))
        {
            services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        }
        if (!IsBound<BotIdentityOptions>(services))
        {
            services.AddOptions<BotIdentityOptions>().Bind(builder.Configuration);
        }
        services.AddOptions<BotOptions>().ValidateOnStart();
        services.AddOptions<BotIdentityOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, ConnectorOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotIdentityOptions>, ConnectorIdentityValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotCredentialFactory, BotCredentialFactory>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddSingleton(new ConnectorRetryPolicy());
        services.TryAddSingleton(sp => ConnectorHostPolicy.From(sp.GetRequiredService<IOptions<BotOptions>>().Value));

        // The per-attempt limit is the pipeline's (ConnectorRetryPolicy.AttemptTimeout); a whole-call timeout would
        // cut retry waits short.
        services.AddHttpClient<ConnectorPipeline>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect would carry the activity (and on some stacks the token) to a host the guard never saw.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("connector", (pipeline, context) => pipeline.AddOutboundRetry(
                context.ServiceProvider.GetRequiredService<ConnectorRetryPolicy>().Rules,
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILogger<ConnectorPipeline>>()));
        services.TryAddTransient<IConnectorClient, ConnectorClient>();
        return builder;
    }

    private static bool IsBound<TOptions>(IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IOptionsChangeTokenSource<TOptions>));
}
