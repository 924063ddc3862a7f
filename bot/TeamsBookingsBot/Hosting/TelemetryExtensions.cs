using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Hosting;

/// <summary>
/// OpenTelemetry export of the bot's spans and metrics (<see cref="BotTelemetry"/>), of ASP.NET Core's and
/// HttpClient's (every Graph, Business Central and Connector call) and of Polly's retries. The exporter is chosen
/// by configuration: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard variable; the OTLP
/// exporter also reads <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>_HEADERS</c>), the console when
/// <c>Telemetry:Console</c> is true in Development, none by default: then nothing is exported and
/// <c>dotnet run</c> stays quiet (the instruments still count, for anyone listening in-process).
/// </summary>
internal static class TelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ConsoleKey = "Telemetry:Console";
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    /// <summary>Polly's meter: <c>resilience.polly.strategy.events</c> counts every retry, by pipeline.</summary>
    private const string PollyMeter = "Polly";

    public static IHostApplicationBuilder AddBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBotMetrics();
        bool otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        bool console = builder.Environment.IsDevelopment() && bool.TryParse(builder.Configuration[ConsoleKey], out bool on) && on;
        if (!otlp && !console)
        {
            return builder;
        }
        string serviceName = builder.Configuration[ServiceNameKey] is { Length: > 0 } name ? name : BotTelemetry.Name;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name, PollyMeter).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return builder;
    }
}
