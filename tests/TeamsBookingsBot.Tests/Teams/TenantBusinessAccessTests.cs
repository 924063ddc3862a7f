using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Testing.Fakes;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.Teams;

/// <summary>A business is served to the tenant it is set up in and to no other, whatever the card names.</summary>
public sealed class TenantBusinessAccessTests
{
    [Fact]
    public async Task Serves_OnlyTheOwningTenant_AndNoActivityWithoutTenant()
    {
        var catalog = new InMemoryBusinessCatalog(Contoso);
        catalog.Assign(Contoso.Id, "tenant-a");
        var access = new TenantBusinessAccess(catalog, new InMemoryBookingStore());

        Assert.True(await access.ServesAsync("tenant-a", Contoso.Id.ToUpperInvariant(), default));
        Assert.False(await access.ServesAsync("tenant-b", Contoso.Id, default));
        Assert.False(await access.ServesAsync(null, Contoso.Id, default));
        Assert.False(await access.ServesAsync("tenant-a", "other@contoso.com", default));
    }
}
