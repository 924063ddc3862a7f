using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>"sync now" and "sync status" act on the asking tenant's businesses only, and on none for an activity without a tenant.</summary>
public sealed class SyncTenantScopeTests
{
    private static readonly BookingsBusiness Fabrikam = new("clinic@fabrikam.com", "Fabrikam Clinic", "Europe/Berlin", "EUR");

    private readonly InMemoryBookingSync sync = new InMemoryBookingSync()
        .Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync))
        .Ran(InMemoryBookingSync.Succeeded(Fabrikam.Id, LastSync));

    private readonly InMemoryBusinessCatalog catalog = new(Contoso, Fabrikam);

    public SyncTenantScopeTests()
    {
        catalog.Assign(Contoso.Id, "tenant-a");
        catalog.Assign(Fabrikam.Id, "tenant-b");
    }

    [Fact]
    public async Task SyncStatus_ShowsOnlyTheAskingTenantsBusinesses()
    {
        var status = new GetBookingSyncStatus(catalog, sync);

        Assert.Equal([Fabrikam.Id], (await status.RunAsync("tenant-b", default)).Select(s => s.Business.Id));
        Assert.Empty(await status.RunAsync(null, default));
    }

    [Fact]
    public async Task SyncNow_RequestsOnlyTheAskingTenantsBusinesses()
    {
        var request = new RequestBookingSync(catalog, sync);

        Assert.Empty(await request.RunAsync("", default));
        Assert.Equal([Fabrikam.Id], (await request.RunAsync("tenant-b", default)).Select(b => b.Id));
        Assert.Equal([Fabrikam.Id], sync.Requested);
    }
}
