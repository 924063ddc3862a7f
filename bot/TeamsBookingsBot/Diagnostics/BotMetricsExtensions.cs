using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsBookingsBot.Diagnostics;

internal static class BotMetricsExtensions
{
    /// <summary>The host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/> and the bot's instruments on it; safe to call from every Add*.</summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        return services;
    }
}
