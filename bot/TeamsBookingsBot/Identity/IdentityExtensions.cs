using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Identity;

public static class IdentityExtensions
{
    /// <summary>
    /// Registers the one credential picker for Graph and Business Central (<see cref="ServiceCredentials"/>) and the
    /// tenant lookup of businesses; binds the bot identity (root keys) and <c>Bot</c> options if nobody has.
    /// </summary>
    public static IHostApplicationBuilder AddServiceCredentials(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        if (!IsBound<BotOptions>(services))
        {
            services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        }
        if (!IsBound<BotIdentityOptions>(services))
        {
            services.AddOptions<BotIdentityOptions>().Bind(builder.Configuration);
        }
        services.AddOptions<ServiceCredentialOptions>();
        services.TryAddSingleton<ServiceCredentials>();
        services.TryAddSingleton(sp => new BusinessTenantLookup(sp.GetService<IBusinessSettingsStore>()));
        return builder;
    }

    private static bool IsBound<TOptions>(IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IOptionsChangeTokenSource<TOptions>));
}
