using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Sandbox;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Hosting;

internal static class HostingExtensions
{
    private const string DefaultUrl = "http://localhost:3978";

    public static IHostApplicationBuilder AddBotHosting(this WebApplicationBuilder builder)
    {
        // --urls, ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS all land in these keys; only without them do we pick 3978,
        // the port Bot Framework tooling (and the Agents Playground) expects.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        if (!builder.Environment.IsDevelopment())
        {
            // One JSON object per log line, with scopes (activity id, conversation, reference id), for log collectors.
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        builder.Services.AddHealthChecks();

        SandboxMode sandbox = SandboxMode.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(sandbox);
        // One decision for every sandbox (Graph, Business Central): SandboxMode's, including its default.
        builder.Services.PostConfigure<SandboxOptions>(o => o.Enabled = sandbox.Enabled);
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
        return app;
    }
}
