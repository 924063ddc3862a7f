using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsBookingsBot.Teams.Authentication;

public static class BotAuthenticationExtensions
{
    public static readonly TimeSpan MetadataFetchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers <see cref="IBotAuthenticator"/> and binds <see cref="BotOptions"/> (section <c>Bot</c>) and
    /// <see cref="BotIdentityOptions"/> (root keys), validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddBotAuthentication(this IHostApplicationBuilder builder)
    {
        bool isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.Section)
            .Validate(o => Uri.TryCreate(o.OpenIdMetadataUrl, UriKind.Absolute, out _), "Bot:OpenIdMetadataUrl must be an absolute URL.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.TokenIssuer), "Bot:TokenIssuer is required.")
            .ValidateOnStart();
        builder.Services.AddOptions<BotIdentityOptions>()
            .Bind(builder.Configuration)
            .Validate<Microsoft.Extensions.Options.IOptions<BotOptions>>(
                (identity, bot) => identity.HasAppId || (bot.Value.AllowUnauthenticated && isDevelopment),
                "MicrosoftAppId is required (only Development with Bot:AllowUnauthenticated=true may run without it).")
            .Validate<Microsoft.Extensions.Options.IOptions<BotOptions>>(
                (identity, bot) => bot.Value.AllowedEntraCallers.Count == 0 || !string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId),
                "MicrosoftAppTenantId is required when Bot:AllowedEntraCallers is set.")
            .ValidateOnStart();

        builder.Services.AddHttpClient(FactoryDocumentRetriever.HttpClientName, client => client.Timeout = MetadataFetchTimeout);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IBotAuthenticator, BotFrameworkAuthenticator>();
        return builder;
    }
}
