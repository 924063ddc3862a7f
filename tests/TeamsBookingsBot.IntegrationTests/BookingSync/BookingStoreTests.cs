using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Testing.Fakes;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

/// <summary>The Bookings stores on one provider; the same tests run on SQLite and PostgreSQL.</summary>
public abstract class BookingStoreTests(StorageDatabase database)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string business = $"Salon{Guid.NewGuid():N}@Contoso.onmicrosoft.com";
    private readonly BookingStore reads = new(database.Get<IDbConnectionFactory>());
    private readonly BookingSyncStore writes = new(database.Get<IDbConnectionFactory>());

    [Fact]
    public async Task SaveAppointments_GroupBookingWithExactPrice_ReadsBackEveryFieldAndCustomerInOrder()
    {
        Booking group = Appointment("a1", Now.AddHours(1)) with
        {
            Price = 32.55m,
            PriceType = BookingPriceType.Hourly,
            Customers = [new("c2", "Bea", "bea@example.com", "206-555-0101"), new(null, "Walk-in", null, null), new("c1", "Al", "al@example.com", null)],
            StaffMemberIds = ["s1", "s2"],
            SelfServiceAppointmentId = "self-1",
            OriginalTimeZone = "Pacific Standard Time",
        };

        await writes.SaveAppointmentsAsync(business, [group], [], Now, default);

        Booking stored = Assert.Single(await reads.ListAsync(business.ToUpperInvariant(), Now, Now.AddDays(1), default));
        Assert.Equal(business.ToUpperInvariant(), stored.BusinessId);
        Assert.Equal(group.Customers, stored.Customers);
        Assert.Equal(group.StaffMemberIds, stored.StaffMemberIds);
        Assert.Equal(group with { BusinessId = stored.BusinessId, Customers = stored.Customers, StaffMemberIds = stored.StaffMemberIds }, stored);
        Assert.Equal("32.55", stored.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task SaveAppointments_Replacing_ReplacesCustomersRecordsChangeAndClearsCancellation()
    {
        Booking first = Appointment("a1", Now.AddHours(1)) with { Customers = [new("c1", "Al", "al@example.com", null), new("c2", "Bea", null, null)] };
        await writes.SaveAppointmentsAsync(business, [first], [], Now, default);
        StoredAppointmentState state = Assert.Single(await writes.GetSyncSnapshotAsync(business, Now, Now.AddDays(1), default));
        await writes.SetCancellationAsync(business, [AppointmentDiff.Cancelled(business, state, Now)], Now, default);
        Booking second = first with { Customers = [new("c3", "Cy", null, null)], LastUpdatedUtc = Now.AddMinutes(5), Price = 50m };
        AppointmentChange change = AppointmentDiff.Updated((await reads.GetManyAsync(business, ["a1"], default))[0], second, Now.AddMinutes(10));

        await writes.SaveAppointmentsAsync(business, [second], [change], Now.AddMinutes(10), default);

        Booking stored = Assert.Single(await reads.GetManyAsync(business, ["a1", "unknown"], default));
        Assert.Equal(second.Customers, stored.Customers);
        Assert.Null(stored.CancelledUtc);
        IReadOnlyList<AppointmentChange> changes = await new AppointmentChangeLog(database.Get<IDbConnectionFactory>())
            .ListForAppointmentsAsync(business, ["a1"], default);
        Assert.Equal([AppointmentChangeKind.Cancelled, AppointmentChangeKind.Updated], changes.Select(c => c.Kind));
        Assert.Equal(change with { BusinessId = business }, changes[1]);
        Assert.Equal(AppointmentChangedFields.Price | AppointmentChangedFields.Customers, changes[1].Fields);
    }

    [Fact]
    public async Task Snapshot_Window_HasOverlappingAppointmentsWithStateAndCancellation()
    {
        await writes.SaveAppointmentsAsync(business,
            [Appointment("inside", Now.AddHours(2)), Appointment("overlapsStart", Now.AddMinutes(-30)), Appointment("after", Now.AddDays(3)),
             Appointment("empty", Now.AddHours(3)) with { Customers = [] }], [], Now, default);
        StoredAppointmentState inside = (await writes.GetSyncStatesAsync(business, ["inside"], default)).Single();
        await writes.SetCancellationAsync(business, [AppointmentDiff.Cancelled(business, inside, Now)], Now, default);

        IReadOnlyList<StoredAppointmentState> snapshot = await writes.GetSyncSnapshotAsync(business, Now, Now.AddDays(1), default);

        Assert.Equal(["empty", "inside", "overlapsStart"], snapshot.Select(s => s.AppointmentId).Order(StringComparer.Ordinal));
        Assert.Equal(Now, snapshot.Single(s => s.AppointmentId == "inside").CancelledUtc);
        Assert.False(snapshot.Single(s => s.AppointmentId == "empty").HasCustomers);
        Assert.True(snapshot.Single(s => s.AppointmentId == "overlapsStart").HasCustomers);
    }

    [Fact]
    public async Task SyncRuns_StartedThenFailedThenSucceeded_StatusShowsLatestAndLastSuccess()
    {
        var status = new BookingSyncStatusReader(database.Get<IDbConnectionFactory>());
        Assert.Null(await status.GetLatestAsync(business, default));
        long failed = await writes.StartRunAsync(business, Now, default);
        var counts = new BookingSyncCounts(10, 4, 1, 5, 2, 1, 3, 7, 30, 4);
        await writes.FinishRunAsync(failed, new BookingSyncResult(business, Now, Now.AddSeconds(3), counts, "Microsoft Graph refused access.", BookingsSourceFailure.AccessDenied), default);
        long running = await writes.StartRunAsync(business, Now.AddMinutes(15), default);

        BookingSyncStatus? latest = await status.GetLatestAsync(business.ToUpperInvariant(), default);

        Assert.Equal(new BookingSyncStatus(business.ToUpperInvariant(), Now.AddMinutes(15), null, false, 0, 0, 0, 0, 0, null), latest);
        Assert.Null(await status.GetLastSuccessAsync(business, default));
        await writes.FinishRunAsync(running, new BookingSyncResult(business, Now.AddMinutes(15), Now.AddMinutes(16), counts), default);
        Assert.Equal(new BookingSyncStatus(business, Now.AddMinutes(15), Now.AddMinutes(16), true, 10, 4, 2, 2, 3, null),
            await status.GetLastSuccessAsync(business, default));
        Assert.True((await status.GetLatestAsync(business, default))?.Succeeded);
    }

    [Fact]
    public async Task ReferenceLists_Upserted_StaffNamesAndCatalogReflectGraph()
    {
        await writes.UpsertStaffAsync(business, [new("s1", "Alex", "alex@contoso.com"), new("s2", "Megan", null)], Now, default);
        await writes.UpsertStaffAsync(business, [new("s1", "Alex W.", "alex@contoso.com")], Now.AddHours(1), default);
        await writes.UpsertServicesAsync(business, [new("sv1", "Haircut", 45.5m, BookingPriceType.FixedPrice, TimeSpan.FromMinutes(45), null)], Now, default);
        await writes.UpsertCustomersAsync(business, [new("c1", "Adele", "adele@example.com", null), new("c2", "Adele", "adele@example.com", "1")], Now, default);
        var settings = new InMemoryBusinessSettingsStore(
            new BusinessSettings { TenantId = "tenant-a", BusinessId = business, TimeZoneId = "Europe/Berlin", CurrencyCode = "eur" },
            new BusinessSettings { TenantId = "tenant-b", BusinessId = "other@contoso.com", DisplayName = "Other" });
        var catalog = new BookingsBusinessCatalog(settings, database.Get<IDbConnectionFactory>());
        BookingsBusiness? before = await catalog.FindAsync(business.ToLowerInvariant(), default);

        await writes.UpsertBusinessAsync(new BookingsBusiness(business, "Contoso Salon", "Europe/Berlin", "USD"), Now, default);

        Assert.Equal(new Dictionary<string, string> { ["s1"] = "Alex W.", ["s2"] = "Megan" }, await reads.GetStaffNamesAsync(business, default));
        Assert.Equal(new BookingsBusiness(business, business, "Europe/Berlin", "EUR"), before);
        Assert.Equal(
            [new BookingsBusiness(business, "Contoso Salon", "Europe/Berlin", "USD"), new BookingsBusiness("other@contoso.com", "Other", "UTC", "XXX")],
            await catalog.ListAsync(default));
        Assert.Null(await catalog.FindAsync("nobody@contoso.com", default));
        Assert.Equal(["other@contoso.com"], (await catalog.ListAsync("tenant-b", default)).Select(b => b.Id));
        Assert.Null(await catalog.FindAsync("tenant-b", business, default));
    }

    private Booking Appointment(string id, DateTimeOffset start) => new()
    {
        BusinessId = business,
        AppointmentId = id,
        ServiceId = "sv1",
        ServiceName = "Haircut",
        Price = 45m,
        PriceType = BookingPriceType.FixedPrice,
        StartUtc = start,
        EndUtc = start.AddMinutes(45),
        Duration = TimeSpan.FromMinutes(45),
        Customers = [new("c1", "Al", "al@example.com", null)],
        StaffMemberIds = ["s1"],
        LastUpdatedUtc = start.AddDays(-2),
    };
}
