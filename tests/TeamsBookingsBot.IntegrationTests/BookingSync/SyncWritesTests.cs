using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// What a sync of a big business writes, counted by the database (rows and committed transactions): batched on a first
/// sync, nothing but its run record on a re-sync that finds no change. The same tests run on SQLite and PostgreSQL.
/// </summary>
public abstract class SyncWritesTests(StorageDatabase database)
{
    private protected const string Mailbox = SandboxBookingsData.Mailbox;
    private const string RunStarted = "booking_sync_runs INSERT";
    private const string RunFinished = "booking_sync_runs UPDATE";
    private const string ListVersionBumped = "booking_list_state UPDATE";
    private protected static readonly DateOnly Today = new(2026, 11, 18);

    // Noon in the salon; the window covers every generated appointment (35 days back, 7 ahead).
    private protected readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));
    private readonly BookingSyncSettings settings = new(WindowDaysBack: 36, WindowDaysAhead: 8);

    [Fact]
    public async Task Resync_UnchangedTwoThousandAppointmentBusiness_WritesOnlyItsOwnRunRecord()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today, time: time, appointmentCount: 2_000);
        (SyncBookings sync, DatabaseWriteCounter writes) = await SyncIntoFreshDatabaseAsync(data);
        Assert.True((await sync.RunAsync(Mailbox, default)).Succeeded);
        await writes.ResetAsync();
        time.Advance(TimeSpan.FromMinutes(15));

        BookingSyncResult again = await sync.RunAsync(Mailbox, default);

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal((2_000, 2_000, 0, 0, 0), (again.Counts.AppointmentsSeen, again.Counts.Unchanged, again.Counts.Added, again.Counts.Updated, again.Counts.DetailRequests));
        Assert.Equal(new Dictionary<string, int> { [RunStarted] = 1, [RunFinished] = 1 }, await writes.RowWritesAsync());
        Assert.Equal(2, await writes.TransactionsAsync());
    }

    [Fact]
    public async Task Resync_OneAppointmentRepriced_WritesThatAppointmentAndItsChangeButNotItsCustomers()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today, time: time, appointmentCount: 2_000);
        (SyncBookings sync, DatabaseWriteCounter writes) = await SyncIntoFreshDatabaseAsync(data);
        await sync.RunAsync(Mailbox, default);
        Booking repriced = data.Appointments.First(b => b.Customers.Count == 2 && b.Price > 0);
        time.Advance(TimeSpan.FromMinutes(15));
        data.Update(repriced.AppointmentId, b => b with { Price = b.Price + 10m });
        await writes.ResetAsync();

        BookingSyncResult again = await sync.RunAsync(Mailbox, default);

        Assert.Equal((1, 1_999), (again.Counts.Updated, again.Counts.Unchanged));
        // The list's figures of its two attendees change with the price; its customers, staff and names do not.
        Assert.Equal(new Dictionary<string, int>
        {
            ["booking_appointment_changes INSERT"] = 1,
            ["booking_appointments UPDATE"] = 1,
            ["booking_list_attendees DELETE"] = 2,
            ["booking_list_attendees INSERT"] = 2,
            ["booking_list_state UPDATE"] = 1,
            [RunStarted] = 1,
            [RunFinished] = 1,
        }, await writes.RowWritesAsync());
        Assert.Equal(3, await writes.TransactionsAsync());
    }

    [Fact]
    public async Task FirstSync_TenThousandAppointments_WritesEachRowOnceInAFewBatchedTransactions()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today, time: time, appointmentCount: 10_000);
        (SyncBookings sync, DatabaseWriteCounter writes) = await SyncIntoFreshDatabaseAsync(data);

        BookingSyncResult first = await sync.RunAsync(Mailbox, default);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(10_000, first.Counts.Added);
        IReadOnlyDictionary<string, int> rows = await writes.RowWritesAsync();
        Assert.Equal(10_000, rows["booking_appointments INSERT"]);
        Assert.Equal(data.Appointments.Sum(b => b.Customers.Count), rows["booking_appointment_customers INSERT"]);
        Assert.Equal((data.Customers.Count, data.Staff.Count, data.Services.Count),
            (rows["booking_customers INSERT"], rows["booking_staff INSERT"], rows["booking_services INSERT"]));
        // The list's figures are written with each appointment, not updated after it; each batch bumps the list's version once.
        Assert.Equal(data.Appointments.Sum(b => Math.Max(1, b.Customers.Count)), rows["booking_list_attendees INSERT"]);
        Assert.Equal(data.Appointments.Sum(b => b.StaffMemberIds.Distinct().Count()), rows["booking_list_staff INSERT"]);
        Assert.DoesNotContain(rows.Keys, k => k.EndsWith(" DELETE", StringComparison.Ordinal)
            || (k.EndsWith(" UPDATE", StringComparison.Ordinal) && k is not (RunFinished or ListVersionBumped)));
        // Hundreds of appointments per transaction: 10,000 appointments, the run record and the reference lists in about 25 commits, not one per row or page.
        Assert.InRange(await writes.TransactionsAsync(), 3, 30);
    }

    [Fact]
    public async Task ReferenceLists_SavedAgain_WriteOnlyWhatChanged()
    {
        (_, DatabaseWriteCounter writes) = await SyncIntoFreshDatabaseAsync(SandboxBookingsData.Generate(Today, time: time));
        var store = new BookingSyncStore(writes.Factory);
        StaffMember[] staff = [new("s1", "Alex", "alex@contoso.com"), new("s2", "Megan", null)];
        BookingService[] services = [new("sv1", "Haircut", 45.5m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(45), null)];
        BookingsCustomerRecord[] customers = [new("c1", "Adele", "adele@example.com", null), new("c2", "Adele", "adele@example.com", "1")];
        var business = new BookingsBusiness(Mailbox, "Contoso", "UTC", "USD");
        await SaveReferencesAsync(store, business, staff, services, customers);
        await writes.ResetAsync();

        await SaveReferencesAsync(store, business, staff, services, customers);
        IReadOnlyDictionary<string, int> unchanged = await writes.RowWritesAsync();
        await SaveReferencesAsync(store, business with { DisplayName = "Contoso Salon" }, [staff[0] with { DisplayName = "Alex W." }, staff[1]],
            [services[0] with { DefaultPrice = 45.50m }], [customers[0], customers[1] with { Phone = "2" }]);

        Assert.Empty(unchanged);
        // 45.5 and 45.50 are the same price: only the name, the staff member and the customer that changed are written.
        Assert.Equal(new Dictionary<string, int>
        {
            ["booking_businesses UPDATE"] = 1,
            ["booking_customers UPDATE"] = 1,
            ["booking_staff UPDATE"] = 1,
        }, await writes.RowWritesAsync());
    }

    private Task SaveReferencesAsync(BookingSyncStore store, BookingsBusiness business, StaffMember[] staff, BookingService[] services, BookingsCustomerRecord[] customers) =>
        Task.WhenAll(
            store.UpsertBusinessAsync(business, time.GetUtcNow(), default),
            store.UpsertStaffAsync(Mailbox, staff, time.GetUtcNow(), default),
            store.UpsertServicesAsync(Mailbox, services, time.GetUtcNow(), default),
            store.UpsertCustomersAsync(Mailbox, customers, time.GetUtcNow(), default));

    private protected async Task<(SyncBookings Sync, DatabaseWriteCounter Writes)> SyncIntoFreshDatabaseAsync(SandboxBookingsData data)
    {
        IHost host = database.BuildHost(await database.CreateFreshDatabaseAsync());
        await host.Services.GetRequiredService<StorageMigrator>().MigrateAsync(default);
        DatabaseWriteCounter writes = await DatabaseWriteCounter.InstallAsync(host.Services.GetRequiredService<IDbConnectionFactory>());
        var sync = new SyncBookings(new SandboxDataBookingsSource(data), new BookingStore(writes.Factory), new BookingSyncStore(writes.Factory), time, settings);
        return (sync, writes);
    }
}
