using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Hosting;

internal static class HostingExtensions
{
    private const string DefaultUrl = "http://localhost:3978";

    public static IHostApplicationBuilder AddBotHosting(this WebApplicationBuilder builder)
    {
        // The Bot Framework's usual port, as the lowest-precedence setting: --urls, ASPNETCORE_URLS, appsettings and
        // a test host's own endpoints all override it. (Calling UseUrls here would override them instead.)
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["urls"] = DefaultUrl },
        });

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per log line, with scopes (activity id, conversation, reference id), for log collectors.
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        builder.Services.AddHealthChecks();
        builder.AddBotTelemetry();

        SandboxMode sandbox = SandboxMode.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(sandbox);
        BotOptions bot = builder.Configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        builder.Services.AddSingleton(BotAuthenticationMode.From(bot, builder.Environment));
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        builder.Services.AddOptions<BotIdentityOptions>().Bind(builder.Configuration).ValidateOnStart();
        return builder;
    }

    public static WebApplication MapBotHosting(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTags.Ready) });
        app.MapGet("/", StartPage.Serve);

        BotAuthenticationMode mode = app.Services.GetRequiredService<BotAuthenticationMode>();
        BotOptions bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsBookingsBot.Hosting");
        if (mode.AllowsUnauthenticated)
        {
            HostingLog.UnauthenticatedModeOn(logger);
        }
        else if (bot.AllowUnauthenticated)
        {
            HostingLog.UnauthenticatedModeIgnored(logger, app.Environment.EnvironmentName);
        }
        StartupHint.LogWhenListening(app, logger);
        return app;
    }
}
