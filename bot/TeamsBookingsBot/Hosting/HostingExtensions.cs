namespace TeamsBookingsBot.Hosting;

internal static class HostingExtensions
{
    public static IHostApplicationBuilder AddBotHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapBotHosting(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
