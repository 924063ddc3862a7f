using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Testing.Fakes;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Scheduling;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Per-business reference data (the business, staff names, the last successful sync) is read once and kept until a
/// sync of that business finishes or <c>Storage:LookupCacheDuration</c> passes; messages in between read nothing.
/// </summary>
public sealed class SyncedLookupTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private readonly BookingSyncWatcher watcher = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly CountingReads reads = new();

    private SyncedLookup<T> Lookup<T>() => new(watcher, time, Duration);

    [Fact]
    public async Task BusinessCatalog_ManyMessages_ReadOnceUntilTheSyncFinishesOrTheDurationPasses()
    {
        var catalog = new CachedBusinessCatalog(reads, new InMemoryBusinessSettingsStore(Settings(Contoso.Id)), Lookup<IReadOnlyList<BookingsBusiness>>());

        for (int message = 0; message < 20; message++)
        {
            Assert.Equal(Contoso, await catalog.FindAsync(Contoso.Id.ToUpperInvariant(), default));
        }
        Assert.Equal(1, reads.Businesses);

        watcher.Finished(Contoso.Id);
        await catalog.FindAsync(Contoso.Id, default);
        await catalog.ListAsync(default);
        Assert.Equal(2, reads.Businesses);

        time.Advance(Duration);
        await catalog.ListAsync(default);
        Assert.Equal(3, reads.Businesses);
    }

    [Fact]
    public async Task BusinessCatalog_SettingsSaved_NextReadReadsAgain()
    {
        var settings = new InMemoryBusinessSettingsStore(Settings(Contoso.Id));
        var catalog = new CachedBusinessCatalog(reads, settings, Lookup<IReadOnlyList<BookingsBusiness>>());
        await catalog.ListAsync(default);
        await catalog.ListAsync(default);

        BusinessSettings stored = (await settings.FindAsync("tenant-1", Contoso.Id, default))!;
        await settings.SaveAsync(stored with { SyncIntervalMinutes = 5 }, default);
        await catalog.ListAsync(default);

        Assert.Equal(2, reads.Businesses);
    }

    [Fact]
    public async Task BusinessCatalog_ForATenant_ListsOnlyItsBusinesses()
    {
        var settings = new InMemoryBusinessSettingsStore(Settings(Contoso.Id), Settings("spa@fabrikam.com") with { TenantId = "tenant-2" });
        var catalog = new CachedBusinessCatalog(reads, settings, Lookup<IReadOnlyList<BookingsBusiness>>());

        Assert.Equal([Contoso.Id], (await catalog.ListAsync("tenant-1", default)).Select(b => b.Id));
        Assert.Null(await catalog.FindAsync("tenant-2", Contoso.Id, default));
        Assert.NotNull(await catalog.FindAsync("tenant-1", Contoso.Id.ToUpperInvariant(), default));
    }

    [Fact]
    public async Task StaffNames_ManyMessages_ReadOncePerBusinessUntilItsSyncFinishes()
    {
        var store = new CachedBookingStore(reads, Lookup<IReadOnlyDictionary<string, string>>());

        for (int message = 0; message < 20; message++)
        {
            Assert.Equal("Anna", (await store.GetStaffNamesAsync(Contoso.Id, default))["staff-anna"]);
            await store.GetStaffNamesAsync("other@contoso.com", default);
        }
        Assert.Equal(2, reads.StaffNames);

        watcher.Finished("other@contoso.com");
        await store.GetStaffNamesAsync(Contoso.Id, default);
        Assert.Equal(2, reads.StaffNames);
        await store.GetStaffNamesAsync("other@contoso.com", default);
        Assert.Equal(3, reads.StaffNames);
    }

    [Fact]
    public async Task LastSuccess_NeverSynced_IsReadAgainEachTimeThenKeptOnceThereIsOne()
    {
        var status = new CachedSyncStatusReader(reads, Lookup<BookingSyncStatus?>());

        Assert.Null(await status.GetLastSuccessAsync(Contoso.Id, default));
        Assert.Null(await status.GetLastSuccessAsync(Contoso.Id, default));
        reads.LastSuccess = InMemoryBookingSync.Succeeded(Contoso.Id, LastSync);
        for (int message = 0; message < 10; message++)
        {
            Assert.Equal(LastSync, (await status.GetLastSuccessAsync(Contoso.Id, default))?.FinishedUtc);
        }

        Assert.Equal(3, reads.LastSuccesses);
    }

    [Fact]
    public void AddBookingSyncServices_ReferenceData_IsReadThroughTheCaches()
    {
        var services = new ServiceCollection();
        services.AddLogging().AddOptions();
        services.AddBookingSyncServices();
        services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory("Data Source=:memory:", Path.GetTempPath()));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<CachedBusinessCatalog>(provider.GetRequiredService<IBookingsBusinessCatalog>());
        Assert.IsType<CachedBookingStore>(provider.GetRequiredService<IBookingStore>());
        Assert.IsType<CachedSyncStatusReader>(provider.GetRequiredService<IBookingSyncStatusReader>());
    }

    private static BusinessSettings Settings(string businessId) => new() { TenantId = "tenant-1", BusinessId = businessId };

    private sealed class CountingReads : IBookingsBusinessCatalog, IBookingStore, IBookingSyncStatusReader
    {
        private int businesses;
        private int staffNames;
        private int lastSuccesses;

        public int Businesses => businesses;

        public int StaffNames => staffNames;

        public int LastSuccesses => lastSuccesses;

        public BookingSyncStatus? LastSuccess { get; set; }

        public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref businesses);
            return Task.FromResult<IReadOnlyList<BookingsBusiness>>([Contoso]);
        }

        public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) => throw new InvalidOperationException("The cache finds in the list.");

        public Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct) => throw new InvalidOperationException("The cache filters the list.");

        public Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct) => throw new InvalidOperationException("The cache finds in the list.");

        public Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct)
        {
            Interlocked.Increment(ref staffNames);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["staff-anna"] = "Anna" });
        }

        public Task<BookingSyncStatus?> GetLastSuccessAsync(string businessId, CancellationToken ct)
        {
            Interlocked.Increment(ref lastSuccesses);
            return Task.FromResult(LastSuccess);
        }

        public Task<BookingSyncStatus?> GetLatestAsync(string businessId, CancellationToken ct) => Task.FromResult(LastSuccess);

        public Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Booking>>([]);

        public Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Booking>>([]);
    }
}
