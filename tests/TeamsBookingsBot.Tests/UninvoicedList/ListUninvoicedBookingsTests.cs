using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.QueryDomain;
using TeamsBookingsBot.Teams.Handlers;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class ListUninvoicedBookingsTests
{
    private const string Tenant = "tenant-1";

    private readonly InMemoryBookingStore store = new();
    private readonly InMemoryInvoicedBookingsLookup ledger = new();
    private readonly InMemoryBookingSync sync = new();
    private FakeTimeProvider time = new(Now);

    private ListUninvoicedBookings UseCase(params BookingsBusiness[] businesses) => UseCase(new InMemoryBusinessCatalog(businesses));

    private ListUninvoicedBookings UseCase(InMemoryBusinessCatalog catalog) =>
        new(catalog, new InMemoryUninvoicedBookingsList(store, ledger), sync, sync, sync, time);

    [Fact]
    public async Task RunAsync_BusinessOfAnotherTenant_IsNeitherListedByDefaultNorByItsId()
    {
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        store.Add(Booking("appt-1"));
        var catalog = new InMemoryBusinessCatalog(Contoso);
        catalog.Assign(Contoso.Id, "tenant-a");

        UninvoicedBookingsListing byDefault = await UseCase(catalog).RunAsync("tenant-b", new(null, Yesterday, BookingFilter.None), default);
        UninvoicedBookingsListing byId = await UseCase(catalog).RunAsync("tenant-b", new(Contoso.Id, Yesterday, BookingFilter.None), default);
        UninvoicedBookingsListing noTenant = await UseCase(catalog).RunAsync(null, new(Contoso.Id, Yesterday, BookingFilter.None), default);
        UninvoicedBookingsListing owner = await UseCase(catalog).RunAsync("tenant-a", new(null, Yesterday, BookingFilter.None), default);

        Assert.IsType<UninvoicedBookingsListing.NoBusinessConfigured>(byDefault);
        Assert.Equal(new UninvoicedBookingsListing.UnknownBusiness(Contoso.Id), byId);
        Assert.Equal(new UninvoicedBookingsListing.UnknownBusiness(Contoso.Id), noTenant);
        Assert.Single(Assert.IsType<UninvoicedBookingsListing.Listed>(owner).Result.Rows);
    }

    [Fact]
    public async Task RunAsync_NoBusinessConfigured_SaysSoWithoutReadingBookings()
    {
        UninvoicedBookingsListing listing = await UseCase().RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        Assert.IsType<UninvoicedBookingsListing.NoBusinessConfigured>(listing);
        Assert.Equal(0, store.ListCalls);
    }

    [Fact]
    public async Task RunAsync_BusinessIdNoLongerConfigured_ReturnsUnknownBusiness()
    {
        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new("gone@contoso.com", Yesterday, BookingFilter.None), default);

        Assert.Equal("gone@contoso.com", Assert.IsType<UninvoicedBookingsListing.UnknownBusiness>(listing).BusinessId);
    }

    [Fact]
    public async Task RunAsync_NeverSynced_RequestsTheFirstSyncInsteadOfAnEmptyList()
    {
        store.Add(Booking("a1"));

        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        var notSynced = Assert.IsType<UninvoicedBookingsListing.NotSyncedYet>(listing);
        Assert.True(notSynced.SyncRequested);
        Assert.Equal([Contoso.Id], sync.Requested);
        Assert.Equal(0, store.ListCalls);
    }

    [Fact]
    public async Task RunAsync_FirstSyncStillRunning_RequestsNoSecondSync()
    {
        sync.Ran(InMemoryBookingSync.Running(Contoso.Id, Now.AddSeconds(-20)));

        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        Assert.False(Assert.IsType<UninvoicedBookingsListing.NotSyncedYet>(listing).SyncRequested);
        Assert.Empty(sync.Requested);
    }

    [Fact]
    public async Task RunAsync_FirstSyncFailed_RetriesAndPassesTheErrorOn()
    {
        sync.Ran(InMemoryBookingSync.Failed(Contoso.Id, Now.AddMinutes(-5), "Microsoft Graph refused access to salon@contoso.com."));

        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        var notSynced = Assert.IsType<UninvoicedBookingsListing.NotSyncedYet>(listing);
        Assert.Equal("Microsoft Graph refused access to salon@contoso.com.", notSynced.LastError);
        Assert.Equal([Contoso.Id], sync.Requested);
    }

    [Fact]
    public async Task RunWhenSynced_FirstSyncEndsOnAnotherNode_FoundAtTheNextStatusRead()
    {
        sync.Ran(InMemoryBookingSync.Running(Contoso.Id, Now.AddSeconds(-5)));
        store.Add(Booking("a1"));

        Task<UninvoicedBookingsListing> listing = UseCase(Contoso).RunWhenSyncedAsync(Tenant, new(null, Yesterday, BookingFilter.None), TimeSpan.FromMinutes(1), default);
        await sync.WaiterAddedAsync();
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, Now)); // stored, but no news reaches this process
        time.Advance(ListUninvoicedBookings.SyncStatusPollInterval);

        Assert.Single(Assert.IsType<UninvoicedBookingsListing.Listed>(await listing).Result.Rows);
    }

    [Fact]
    public async Task RunWhenSynced_WaitRunsOut_AnswersNotSyncedYet()
    {
        sync.Ran(InMemoryBookingSync.Running(Contoso.Id, Now.AddSeconds(-5)));

        Task<UninvoicedBookingsListing> listing = UseCase(Contoso).RunWhenSyncedAsync(Tenant, new(null, Yesterday, BookingFilter.None), TimeSpan.FromSeconds(2), default);
        await sync.WaiterAddedAsync();
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.IsType<UninvoicedBookingsListing.NotSyncedYet>(await listing);
    }

    [Fact]
    public async Task RunAsync_Synced_ListsCompletedBookingsTheLedgerHasNotBilled()
    {
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        store.Add(
            Booking("open"),
            Booking("billed", minutesAfter: 60),
            Booking("excluded", minutesAfter: 120),
            Booking("other-business", businessId: "clinic@contoso.com"));
        ledger.Invoice(new InvoiceLedgerKey(Contoso.Id, "billed", "cust-bob-contoso"));
        ledger.Exclude(new InvoiceLedgerKey(Contoso.Id, "excluded", "cust-bob-contoso"));

        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        var listed = Assert.IsType<UninvoicedBookingsListing.Listed>(listing);
        Assert.Equal(["open"], listed.Result.Rows.Select(r => r.Booking.AppointmentId));
        Assert.Equal([new Money(40m, "USD")], listed.Result.Totals);
        Assert.Equal(Contoso, listed.Snapshot.Business);
        Assert.Equal(LastSync, listed.Snapshot.LastSyncUtc);
        Assert.Equal(Now, listed.Snapshot.NowUtc);
    }

    [Fact]
    public async Task RunAsync_BookingNotEndedYet_IsNotListed()
    {
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        store.Add(Booking("done"));
        time = new FakeTimeProvider(MondayAt930(30)); // the booking lasts 45 minutes

        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        Assert.Empty(Assert.IsType<UninvoicedBookingsListing.Listed>(listing).Result.Rows);
    }

    [Fact]
    public async Task RunAsync_StaffFilterByName_UsesTheStoredStaffNames()
    {
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        store.Staff("staff-anna", "Anna Lindqvist")
            .Add(Booking("anna") with { StaffMemberIds = ["staff-anna"] }, Booking("other") with { StaffMemberIds = ["staff-bo"] });

        UninvoicedBookingsListing listing = await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, new BookingFilter(Staff: "lindqvist")), default);

        Assert.Equal(["anna"], Assert.IsType<UninvoicedBookingsListing.Listed>(listing).Result.Rows.Select(r => r.Booking.AppointmentId));
    }

    [Fact]
    public async Task RunAsync_NoBusinessId_UsesTheFirstConfiguredBusiness()
    {
        BookingsBusiness clinic = new("clinic@contoso.com", "Clinic", "Europe/Berlin", "EUR");
        sync.Ran(InMemoryBookingSync.Succeeded(clinic.Id, LastSync));
        store.Add(Booking("c1", businessId: clinic.Id));

        UninvoicedBookingsListing listing = await UseCase(clinic, Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);

        var listed = Assert.IsType<UninvoicedBookingsListing.Listed>(listing);
        Assert.Equal(clinic, listed.Snapshot.Business);
        Assert.Equal([new Money(40m, "EUR")], listed.Result.Totals);
    }

    [Fact]
    public async Task ResultShrink_SmallerPage_PagesWithoutReadingTheStoreAgain()
    {
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        store.Add([.. Enumerable.Range(0, 30).Select(i => Booking($"b{i:D2}", minutesAfter: i))]);

        var listed = (UninvoicedBookingsListing.Listed)await UseCase(Contoso).RunAsync(Tenant, new(null, Yesterday, BookingFilter.None), default);
        UninvoicedBookingsResult page = listed.Result.Shrink(10);

        Assert.Equal(2, listed.Result.TotalPages);
        Assert.Equal(3, page.TotalPages);
        Assert.Equal("b10", page.NextPage!.AppointmentId);
        Assert.Equal(1, store.ListCalls);
    }

    [Fact]
    public async Task RunAsync_NextPosition_StartsTheNextPageAtItsFirstRowAndCountsThePagesBefore()
    {
        sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        store.Add([.. Enumerable.Range(0, 30).Select(i => Booking($"b{i:D2}", minutesAfter: i))]);
        ListUninvoicedBookings list = UseCase(Contoso);

        var first = (UninvoicedBookingsListing.Listed)await list.RunAsync(Tenant, new(null, Yesterday, BookingFilter.None, PageSize: 10), default);
        var second = (UninvoicedBookingsListing.Listed)await list.RunAsync(Tenant,
            new(null, Yesterday, BookingFilter.None, PageSize: 10, Position: first.Result.NextPage), default);
        var back = (UninvoicedBookingsListing.Listed)await list.RunAsync(Tenant,
            new(null, Yesterday, BookingFilter.None, PageSize: 10, Position: second.Result.FirstRow! with { Before = true }), default);

        Assert.Equal(["b10", "b19"], new[] { second.Result.Rows[0], second.Result.Rows[^1] }.Select(r => r.Booking.AppointmentId));
        Assert.Equal((1, 3), (second.Result.PageIndex, second.Result.TotalPages));
        Assert.Equal("b00", back.Result.Rows[0].Booking.AppointmentId);
        Assert.False(back.Result.HasPreviousPage);
    }

    [Fact]
    public void AddUninvoicedBookingsChat_NegativeGrace_FailsAtStartUpNamingTheKey()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Completion:Grace"] = "-00:05:00" });
        builder.AddUninvoicedBookingsChat();
        using IHost host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Completion:Grace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddUninvoicedBookingsChat_ConfiguredRule_BuildsThePolicyFromIt()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Completion:Rule"] = "StartedBeforeNow",
            ["Completion:Grace"] = "00:15:00",
        });
        builder.AddUninvoicedBookingsChat();
        using IHost host = builder.Build();

        CompletionPolicy policy = host.Services.GetRequiredService<CompletionPolicy>();
        Assert.Equal(CompletionRule.StartedBeforeNow, policy.Rule);
        Assert.Equal(TimeSpan.FromMinutes(15), policy.Grace);
    }
}
