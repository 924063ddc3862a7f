using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Testing.Fakes;

namespace TeamsBookingsBot.Teams;

/// <summary>Dates without the user's zone are read in the zone of the asking tenant's business, not another tenant's.</summary>
public sealed class BusinessTimeZoneTests
{
    [Fact]
    public async Task Zone_IsTheTenantsFirstBusinesss_UtcForATenantWithNone()
    {
        var catalog = new InMemoryBusinessCatalog(
            new BookingsBusiness("a@contoso.com", "A", "Europe/Berlin", "EUR"), new BookingsBusiness("b@fabrikam.com", "B", "Asia/Tokyo", "JPY"));
        catalog.Assign("a@contoso.com", "tenant-a");
        catalog.Assign("b@fabrikam.com", "tenant-b");
        var zones = new BusinessTimeZone(catalog);

        Assert.Equal(TimeZoneResolver.ResolveFirst("Asia/Tokyo"), await zones.ZoneAsync("tenant-b", default));
        Assert.Equal(TimeZoneResolver.ResolveFirst("Europe/Berlin"), await zones.ZoneAsync("tenant-a", default));
        Assert.Equal(TimeZoneInfo.Utc, await zones.ZoneAsync("tenant-c", default));
        Assert.Equal(TimeZoneInfo.Utc, await zones.ZoneAsync(null, default));
    }
}
