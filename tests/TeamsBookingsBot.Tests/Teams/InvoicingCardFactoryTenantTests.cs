using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Invoicing;
using TeamsBookingsBot.Testing.Fakes;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.Teams;

/// <summary>"Update preview" on a card without a list query means the asking tenant's only business, never another tenant's.</summary>
public sealed class InvoicingCardFactoryTenantTests
{
    [Fact]
    public async Task OnlyBusinessId_CountsTheAskingTenantsBusinessesOnly()
    {
        var fabrikam = new BookingsBusiness("clinic@fabrikam.com", "Fabrikam Clinic", "Europe/Berlin", "EUR");
        var catalog = new InMemoryBusinessCatalog(Contoso, fabrikam);
        catalog.Assign(Contoso.Id, "tenant-a");
        catalog.Assign(fabrikam.Id, "tenant-b");
        var cards = new InvoicingCardFactory(catalog, new BusinessTimeZone(catalog));

        Assert.Equal(Contoso.Id, await cards.OnlyBusinessIdAsync("tenant-a", default));
        Assert.Equal(fabrikam.Id, await cards.OnlyBusinessIdAsync("tenant-b", default));
        Assert.Null(await cards.OnlyBusinessIdAsync("tenant-c", default));
        Assert.Null(await cards.OnlyBusinessIdAsync(null, default));
    }
}
