using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TeamsBookingsBot.Sandbox.Graph;

public static class SandboxGraphExtensions
{
    public const string Prefix = "/sandbox/graph";

    /// <summary>
    /// Registers <see cref="SandboxOptions"/>, the generated businesses (for the date in Sandbox:Date, else today in
    /// each business's zone): the salon (Sandbox:AppointmentCount appointments, else its ~200) as <see cref="SandboxBookingsData"/>,
    /// and with it the physio practice's ~200 in <see cref="SandboxBookingsBusinesses"/>; and the fake Graph server
    /// serving both. Cheap when the sandbox is off: nothing is generated until used.
    /// </summary>
    public static IHostApplicationBuilder AddSandboxGraph(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section)
            .Validate(o => o.AppointmentCount is null or > 0, "Sandbox:AppointmentCount must be a positive number of appointments (or empty for the salon's ~200).")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp =>
        {
            SandboxOptions options = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            TimeProvider time = sp.GetRequiredService<TimeProvider>();
            return options.Date is { } date
                ? SandboxBookingsData.Generate(date, options.Seed, time, options.AppointmentCount)
                : SandboxBookingsData.GenerateForNow(time, options.Seed, options.AppointmentCount);
        });
        builder.Services.TryAddSingleton(sp =>
        {
            SandboxOptions options = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            TimeProvider time = sp.GetRequiredService<TimeProvider>();
            SandboxBookingsData physio = options.Date is { } date
                ? SandboxBookingsData.Generate(SandboxBusinessProfile.Physio, date, options.Seed, time)
                : SandboxBookingsData.GenerateForNow(SandboxBusinessProfile.Physio, time, options.Seed);
            return new SandboxBookingsBusinesses(sp.GetRequiredService<SandboxBookingsData>(), physio);
        });
        builder.Services.TryAddSingleton(sp =>
        {
            SandboxOptions options = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            SandboxBookingsBusinesses businesses = sp.GetRequiredService<SandboxBookingsBusinesses>();
            SandboxBookingsData data = businesses.Salon;
            TimeProvider time = sp.GetRequiredService<TimeProvider>();
            return new SandboxGraphApi(businesses.All, time, sp.GetRequiredService<ILogger<SandboxGraphApi>>())
            {
                Latency = TimeSpan.FromMilliseconds(options.GraphLatencyMs),
                CancelAfterFirstListing = options.SimulateCancellation ? UpcomingSingleAppointment(data, time) : null,
            };
        });
        return builder;
    }

    private static string? UpcomingSingleAppointment(SandboxBookingsData data, TimeProvider time)
    {
        DateTimeOffset now = time.GetUtcNow();
        // Within the next day, so that it is inside the sync window (which reaches one day ahead) and not over yet.
        return data.Appointments.Where(a => a.StartUtc > now && a.StartUtc < now.AddDays(1) && a.Customers.Count == 1)
            .OrderBy(a => a.StartUtc)
            .FirstOrDefault()?.AppointmentId;
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
