using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Sandbox.Graph;

public static class SandboxGraphExtensions
{
    public const string Prefix = "/sandbox/graph";

    /// <summary>
    /// Registers <see cref="SandboxOptions"/>, the generated business (for the date in Sandbox:Date, else today in
    /// the business's zone) and the fake Graph server. Cheap when the sandbox is off: nothing is generated until used.
    /// </summary>
    public static IHostApplicationBuilder AddSandboxGraph(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp =>
        {
            SandboxOptions options = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            TimeProvider time = sp.GetRequiredService<TimeProvider>();
            return options.Date is { } date
                ? SandboxBookingsData.Generate(date, options.Seed, time)
                : SandboxBookingsData.GenerateForNow(time, options.Seed);
        });
        builder.Services.TryAddSingleton(sp =>
            new SandboxGraphApi(sp.GetRequiredService<SandboxBookingsData>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<SandboxGraphApi>>())
            {
                Latency = TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<SandboxOptions>>().Value.GraphLatencyMs),
            });
        return builder;
    }

    /// <summary>Maps the fake Graph at <c>/sandbox/graph/v1.0/...</c> when Sandbox:Enabled is true.</summary>
    public static WebApplication MapSandboxGraph(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Enabled)
        {
            app.Services.GetRequiredService<SandboxGraphApi>().Map(app, Prefix);
        }
        return app;
    }
}
