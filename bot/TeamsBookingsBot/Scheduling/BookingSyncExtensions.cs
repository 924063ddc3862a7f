using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Scheduling;

public static class BookingSyncExtensions
{
    /// <summary>
    /// The Bookings sync: the stores (IBookingStore, IBookingSyncStore, IBookingSyncStatusReader,
    /// IAppointmentChangeReader, IBookingsBusinessCatalog), the SyncBookings use case, one Quartz job per
    /// configured business (registered at start-up), IBookingSyncTrigger ("sync now") and IBookingSyncWatcher (a
/// sync's end, for answers that wait for it). Needs AddStorage,
    /// AddGraphBookings and AddScheduling.
    /// </summary>
    public static IHostApplicationBuilder AddBookingSync(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBookingSyncServices();
        builder.Services.AddBotMetrics();
        builder.Services.AddScoped<BookingSyncJob>();
        builder.Services.TryAddSingleton<IBookingSyncTrigger, QuartzBookingSyncTrigger>();
        builder.Services.TryAddSingleton<Application.Setup.IBusinessSyncScheduler, QuartzBusinessSyncScheduler>();
        builder.Services.AddHostedService<BookingSyncSchedule>();
        return builder;
    }

    /// <summary>
    /// Everything but Quartz: what a test or benchmark needs to run a sync directly. The business catalog, staff names
    /// and last successful sync are read through caches the syncs refresh (<see cref="SyncedLookup{T}"/>), and the
    /// uninvoiced list is the SQL one (<see cref="UninvoicedListStorageExtensions"/>).
    /// </summary>
    internal static IServiceCollection AddBookingSyncServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BookingSyncWatcher>();
        services.TryAddSingleton<IBookingSyncWatcher>(sp => sp.GetRequiredService<BookingSyncWatcher>());
        services.TryAddSingleton<BookingStore>();
        services.TryAddSingleton<IBookingStore>(sp => new CachedBookingStore(sp.GetRequiredService<BookingStore>(), Lookup<IReadOnlyDictionary<string, string>>(sp)));
        // The sync stores the list's figures with the billing rules the list bills by: the same ones in every host.
        services.TryAddBillingRules();
        services.TryAddSingleton<IBookingSyncStore, BookingSyncStore>();
        services.TryAddSingleton<BookingSyncStatusReader>();
        services.TryAddSingleton<IBookingSyncStatusReader>(sp => new CachedSyncStatusReader(sp.GetRequiredService<BookingSyncStatusReader>(), Lookup<BookingSyncStatus?>(sp)));
        services.TryAddSingleton<IAppointmentChangeReader, AppointmentChangeLog>();
        services.TryAddBusinessSettings();
        services.TryAddSingleton<BookingsBusinessCatalog>();
        services.TryAddSingleton<IBookingsBusinessCatalog>(sp => new CachedBusinessCatalog(
            sp.GetRequiredService<BookingsBusinessCatalog>(), sp.GetRequiredService<Application.Setup.IBusinessSettingsStore>(), Lookup<IReadOnlyList<Domain.BookingsBusiness>>(sp)));
        services.AddUninvoicedListStorage();
        services.TryAddSingleton(sp => SettingsFrom(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton<SyncBookings>();
        return services;
    }

    private static SyncedLookup<T> Lookup<T>(IServiceProvider services) => new(
        services.GetRequiredService<IBookingSyncWatcher>(), services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<IOptions<StorageOptions>>().Value.LookupCacheDuration);

    /// <summary>Four GETs at once per business: as many as Graph's per-mailbox limit lets run without waiting.</summary>
    internal static BookingSyncSettings SettingsFrom(GraphOptions graph) =>
        new(graph.SyncWindowDaysBack, graph.SyncWindowDaysAhead, graph.MaxConcurrentRequestsPerMailbox);
}
