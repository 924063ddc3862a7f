using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// SyncBookings over the real Graph SDK source (the bot's pipeline: per-mailbox gate, exact Retry-After) against the
/// sandbox Graph on Kestrel, into a real SQLite store.
/// </summary>
public sealed class SyncBookingsSandboxTests : IAsyncLifetime
{
    private const string Mailbox = SandboxBookingsData.Mailbox;
    private static readonly DateOnly Today = new(2026, 11, 18);

    // Noon in the salon (PST): some of today's appointments are over, some are still to come.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));
    // The sandbox's own clock: a request's latency is a wait on it, which the tests run through.
    private readonly RecordingClock sandboxClock = new();
    private readonly SandboxGraphApi api;
    private readonly SqliteStorageDatabase database = new();
    private readonly BookingSyncSettings settings = new(WindowDaysBack: 35, WindowDaysAhead: 1);
    // The Graph client's own clock: its retry waits run on it, advanced by the tests (the sync's "now" is `time`).
    private readonly RecordingClock graphClock = new();
    private LoopbackServer server = null!;
    private GraphSourceHost graph = null!;

    public SyncBookingsSandboxTests() =>
        api = new(SandboxBookingsData.Generate(Today, time: time), sandboxClock, NullLogger<SandboxGraphApi>.Instance);

    private DateTimeOffset Now => time.GetUtcNow();

    private BookingStore Reads => new(database.Get<IDbConnectionFactory>());

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        server = await LoopbackServer.StartAsync(null, app => api.Map(app, "/sandbox/graph"));
        graph = GraphSourceHost.Create(server.Origin + "/sandbox/graph/v1.0", Mailbox, time: graphClock);
    }

    public async Task DisposeAsync()
    {
        graph.Dispose();
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Sync_FirstRun_StoresEveryAppointmentWithCustomersFilledAndNeverMoreThanFourInFlight()
    {
        api.Latency = TimeSpan.FromMilliseconds(20);
        Booking[] expected = InWindow();

        Task<BookingSyncResult> run = Sync().RunAsync(Mailbox, default);
        // The first page and the reference lists go out together: two requests wait out their latency before time moves.
        for (int i = 0; i < 2; i++)
        {
            await sandboxClock.NextWaitAsync(below: TimeSpan.FromSeconds(1));
        }
        sandboxClock.Advance(api.Latency);
        await sandboxClock.RunThroughWaitsAsync(run, below: TimeSpan.FromSeconds(1));
        BookingSyncResult result = await run;

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected.Length, result.Counts.AppointmentsSeen);
        Assert.Equal(expected.Length, result.Counts.Added);
        Assert.Equal(ListedWithoutCustomers(expected), result.Counts.DetailRequests);
        Assert.Equal(result.Counts.DetailRequests, api.Counters.Requests("appointment"));
        Assert.True(expected.Count(b => api.Data.HidesCustomersOnLists(b.AppointmentId) && b.Customers.Count > 0) > 20);
        IReadOnlyList<Booking> stored = await StoredAsync();
        Assert.Equal(expected.Select(b => b.AppointmentId), stored.Select(b => b.AppointmentId));
        Assert.All(expected.Zip(stored), pair =>
        {
            Assert.Equal(pair.First.Customers, pair.Second.Customers);
            Assert.Equal((pair.First.StartUtc, pair.First.EndUtc, pair.First.Price, pair.First.PriceType, pair.First.LastUpdatedUtc),
                (pair.Second.StartUtc, pair.Second.EndUtc, pair.Second.Price, pair.Second.PriceType, pair.Second.LastUpdatedUtc));
        });
        Assert.InRange(api.Counters.MaxInFlight(Mailbox), 2, SandboxGraphApi.ConcurrencyLimit);
        Assert.Equal(0, api.Counters.ThrottledResponses);
        Assert.Equal(api.Data.Staff.Count, (await Reads.GetStaffNamesAsync(Mailbox, default)).Count);
        Assert.Equal((api.Data.Services.Count, api.Data.Customers.Count), (result.Counts.Services, result.Counts.Customers));
    }

    [Fact]
    public async Task Sync_Throttled429WithDecimalRetryAfter_WaitsItOutAndCompletes()
    {
        api.InjectFaults(1, new SandboxGraphFault(429, SandboxGraphApi.ThrottleRetryAfter));

        Task<BookingSyncResult> sync = Sync().RunAsync(Mailbox, default);
        IReadOnlyList<TimeSpan> waits = await graphClock.RunThroughWaitsAsync(sync, below: TimeSpan.FromSeconds(new GraphOptions().RequestTimeoutSeconds));
        BookingSyncResult result = await sync;

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, api.Counters.InjectedFaults);
        Assert.Equal([TimeSpan.FromMilliseconds(2128)], waits);
        Assert.Equal(InWindow().Length, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task Sync_SecondRunWithoutChanges_MakesNoPerAppointmentGets()
    {
        await Sync().RunAsync(Mailbox, default);
        api.Counters.Reset();
        time.Advance(TimeSpan.FromMinutes(15));

        BookingSyncResult second = await Sync().RunAsync(Mailbox, default);

        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(0, api.Counters.Requests("appointment"));
        Assert.Equal(0, second.Counts.DetailRequests);
        Assert.Equal((0, 0, second.Counts.AppointmentsSeen), (second.Counts.Added, second.Counts.Updated, second.Counts.Unchanged));
        // Unchanged appointments keep the customers fetched by the first run although the list shows none.
        Assert.Equal(InWindow().Select(b => b.Customers.Count), (await StoredAsync()).Select(b => b.Customers.Count));
    }

    [Fact]
    public async Task Sync_AppointmentRemovedBeforeItEnds_IsMarkedCancelledAndOneThatEndedIsNot()
    {
        await Sync().RunAsync(Mailbox, default);
        Booking upcoming = InWindow().First(b => b.StartUtc > Now);
        Booking ended = InWindow().Last(b => b.EndUtc < Now);
        api.Data.Remove(upcoming.AppointmentId);
        api.Data.Remove(ended.AppointmentId);
        time.Advance(TimeSpan.FromMinutes(1));

        BookingSyncResult result = await Sync().RunAsync(Mailbox, default);

        Assert.Equal(1, result.Counts.Cancelled);
        IReadOnlyList<Booking> stored = await Reads.GetManyAsync(Mailbox, [upcoming.AppointmentId, ended.AppointmentId], default);
        Assert.Equal(Now, stored.Single(b => b.AppointmentId == upcoming.AppointmentId).CancelledUtc);
        Assert.Null(stored.Single(b => b.AppointmentId == ended.AppointmentId).CancelledUtc);
        AppointmentChange change = Assert.Single(await ChangeLog().ListSinceAsync(Mailbox, Now, default));
        Assert.Equal((upcoming.AppointmentId, AppointmentChangeKind.Cancelled), (change.AppointmentId, change.Kind));

        api.Data.Add(upcoming);
        time.Advance(TimeSpan.FromMinutes(1));
        BookingSyncResult back = await Sync().RunAsync(Mailbox, default);

        Assert.Equal(1, back.Counts.Restored);
        Assert.Null((await Reads.GetManyAsync(Mailbox, [upcoming.AppointmentId], default)).Single().CancelledUtc);
        Assert.Equal(AppointmentChangeKind.Restored, Assert.Single(await ChangeLog().ListSinceAsync(Mailbox, Now, default)).Kind);
    }

    [Fact]
    public async Task Sync_AppointmentUpdatedInBookings_OneDetailGetAndARecordedChange()
    {
        await Sync().RunAsync(Mailbox, default);
        Booking hidden = InWindow().First(b => api.Data.HidesCustomersOnLists(b.AppointmentId) && b.Customers.Count == 1 && b.Price > 0);
        api.Data.Update(hidden.AppointmentId, b => b with { Price = b.Price + 5m, StartUtc = b.StartUtc.AddMinutes(30), EndUtc = b.EndUtc.AddMinutes(30) });
        api.Counters.Reset();
        time.Advance(TimeSpan.FromMinutes(15));

        BookingSyncResult result = await Sync().RunAsync(Mailbox, default);

        Assert.Equal(1, api.Counters.Requests("appointment"));
        Assert.Equal((1, 1, 0), (result.Counts.DetailRequests, result.Counts.Updated, result.Counts.Added));
        Booking stored = (await Reads.GetManyAsync(Mailbox, [hidden.AppointmentId], default)).Single();
        Assert.Equal((hidden.Price + 5m, hidden.StartUtc.AddMinutes(30)), (stored.Price, stored.StartUtc));
        Assert.Equal(hidden.Customers, stored.Customers);
        AppointmentChange change = Assert.Single(await ChangeLog().ListSinceAsync(Mailbox, Now, default));
        Assert.Equal(AppointmentChangeKind.Updated, change.Kind);
        Assert.Equal(AppointmentChangedFields.Start | AppointmentChangedFields.End | AppointmentChangedFields.Price, change.Fields);
        Assert.Equal((hidden.LastUpdatedUtc, stored.LastUpdatedUtc), (change.OldLastUpdatedUtc, change.NewLastUpdatedUtc));
    }

    [Fact]
    public async Task Sync_FailsPartWay_KeepsWhatItStoredAndTheNextRunFetchesOnlyTheRest()
    {
        Booking[] expected = InWindow();
        var flaky = new FlakyBookingsSource(graph.Source, failAfterDetailGets: 10);

        BookingSyncResult failed = await Sync(flaky).RunAsync(Mailbox, default);

        Assert.False(failed.Succeeded);
        Assert.Equal((FlakyBookingsSource.FailureMessage, BookingsSourceFailure.Unavailable), (failed.Error, failed.Failure));
        HashSet<string> kept = (await StoredAsync()).Select(b => b.AppointmentId).ToHashSet(StringComparer.Ordinal);
        int keptAfterFailure = kept.Count;
        // GETs still in flight when the eleventh failed are cancelled: at least the first 10 - 3 were stored.
        Assert.InRange(keptAfterFailure, 10 - (settings.DetailParallelism - 1), expected.Length - 1);
        BookingSyncStatus? status = await new BookingSyncStatusReader(database.Get<IDbConnectionFactory>()).GetLatestAsync(Mailbox, default);
        Assert.Equal((false, FlakyBookingsSource.FailureMessage, keptAfterFailure), (status!.Succeeded, status.Error, status.Added));

        time.Advance(TimeSpan.FromMinutes(15));
        BookingSyncResult next = await Sync().RunAsync(Mailbox, default);

        Assert.True(next.Succeeded, next.Error);
        Assert.Equal(ListedWithoutCustomers(expected.Where(b => !kept.Contains(b.AppointmentId))), next.Counts.DetailRequests);
        Assert.Equal(expected.Length - keptAfterFailure, next.Counts.Added);
        Assert.Equal(expected.Select(b => b.Customers), (await StoredAsync()).Select(b => b.Customers));
    }

    [Fact]
    public async Task Sync_AccessDenied_StatusRecordsTheErrorInPlainWords()
    {
        api.InjectFaults(1, new SandboxGraphFault(403));

        BookingSyncResult result = await Sync().RunAsync(Mailbox, default);

        Assert.Equal(BookingsSourceFailure.AccessDenied, result.Failure);
        BookingSyncStatus? status = await new BookingSyncStatusReader(database.Get<IDbConnectionFactory>()).GetLatestAsync(Mailbox, default);
        Assert.False(status!.Succeeded);
        Assert.Equal(result.Error, status.Error);
        Assert.StartsWith($"Microsoft Graph refused access to the Bookings mailbox {Mailbox}", status.Error, StringComparison.Ordinal);
        Assert.Null(await new BookingSyncStatusReader(database.Get<IDbConnectionFactory>()).GetLastSuccessAsync(Mailbox, default));
    }

    private SyncBookings Sync(IBookingsSource? source = null)
    {
        IDbConnectionFactory db = database.Get<IDbConnectionFactory>();
        return new SyncBookings(source ?? graph.Source, new BookingStore(db), new BookingSyncStore(db), time, settings);
    }

    private AppointmentChangeLog ChangeLog() => new(database.Get<IDbConnectionFactory>());

    private Booking[] InWindow()
    {
        (DateTimeOffset from, DateTimeOffset to) = settings.WindowAround(Now);
        return api.Data.Appointments.Where(b => b.StartUtc < to && b.EndUtc > from).ToArray();
    }

    private int ListedWithoutCustomers(IEnumerable<Booking> bookings) =>
        bookings.Count(b => api.Data.HidesCustomersOnLists(b.AppointmentId) || b.Customers.Count == 0);

    private async Task<IReadOnlyList<Booking>> StoredAsync()
    {
        (DateTimeOffset from, DateTimeOffset to) = settings.WindowAround(Now);
        return await Reads.ListAsync(Mailbox, from.AddDays(-1), to, default);
    }
}
