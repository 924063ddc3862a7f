using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Setup;

/// <summary>The setup card's pickers: the Bookings businesses Graph lists and the companies of a BC environment, from the sandbox.</summary>
public sealed class DirectoryTests
{
    [Fact]
    public async Task Businesses_Sandbox_ListsBothServedBusinessesWithTheirZoneAndCurrencyAndTheBusinessWithoutPermission()
    {
        await using WebApplication app = await SetupSandboxApp.StartAsync();

        IReadOnlyList<BookingsBusinessListing> listed = await app.Services.GetRequiredService<IBookingsBusinessDirectory>().ListAsync("contoso-tenant", default);

        Assert.Equal(
            [
                new BookingsBusinessListing(SandboxBookingsData.Mailbox, SandboxBookingsData.BusinessName, SandboxBookingsData.Mailbox,
                    SandboxBookingsData.TimeZoneId, SandboxBookingsData.Currency),
                new BookingsBusinessListing(SandboxBusinessProfile.Physio.Mailbox, "Fabrikam Physio", SandboxBusinessProfile.Physio.Mailbox,
                    "W. Europe Standard Time", "EUR"),
                new BookingsBusinessListing(SandboxGraphApi.ForbiddenMailbox, SandboxGraphApi.ForbiddenBusinessName, null, null, null),
            ],
            listed);
    }

    [Fact]
    public async Task Businesses_GraphRefusesTheList_SaysToTypeTheMailbox()
    {
        await using WebApplication app = await SetupSandboxApp.StartAsync();
        app.Services.GetRequiredService<SandboxGraphApi>().InjectFaults(1, new SandboxGraphFault(403));

        BookingsSourceException ex = await Assert.ThrowsAsync<BookingsSourceException>(
            () => app.Services.GetRequiredService<IBookingsBusinessDirectory>().ListAsync("contoso-tenant", default));

        Assert.Equal(BookingsSourceFailure.AccessDenied, ex.Failure);
        Assert.Equal("Microsoft Graph does not let the app list the Bookings businesses of tenant contoso-tenant (403; app-only listing is often refused): type the booking mailbox's address instead.", ex.Message);
    }

    [Fact]
    public async Task Companies_Sandbox_ListsTheThreeCompanies()
    {
        await using WebApplication app = await SetupSandboxApp.StartAsync();

        IReadOnlyList<BcCompany> companies = await app.Services.GetRequiredService<IBusinessCentralCompanyDirectory>().ListAsync("contoso-tenant", "Production", default);

        Assert.Equal([BusinessCentralSandbox.CronusCompanyId, BusinessCentralSandbox.EmptyCompanyId, BusinessCentralSandbox.FabrikamCompanyId], companies.Select(c => c.Id));
    }
}
