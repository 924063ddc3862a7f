using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// The sandbox Business Central with the sandbox on: CRONUS seeded from the salon, Fabrikam B.V. from the physio
/// practice, read through the bot's own BC connections; neither company sees the other's customers, items or invoices.
/// </summary>
public sealed class SandboxTwoCompaniesTests
{
    private const string Tenant = "contoso-tenant";

    [Fact]
    public async Task Companies_SandboxOn_EachSeededFromItsOwnBusinessAndSeparate()
    {
        await using WebApplication app = await SetupSandboxApp.StartAsync();
        SandboxBookingsBusinesses bookings = app.Services.GetRequiredService<SandboxBookingsBusinesses>();
        IBusinessCentralConnections connections = app.Services.GetRequiredService<IBusinessCentralConnections>();
        IBusinessCentral cronus = connections.For(Tenant, new BcCompanyRef("Production", BusinessCentralSandbox.CronusCompanyId, null));
        IBusinessCentral fabrikam = connections.For(Tenant, new BcCompanyRef("Production", null, BusinessCentralSandbox.FabrikamCompanyName));
        string physioEmail = bookings.Physio.Customers[3].Email!;
        string salonEmail = bookings.Salon.Customers[3].Email!;

        IReadOnlyList<BcItem> fabrikamItems = await fabrikam.ListServiceItemsAsync(default);
        IReadOnlyList<BcItem> cronusItems = await cronus.ListServiceItemsAsync(default);

        Assert.Equal(bookings.Physio.Services.SkipLast(1).Select(s => (s.Name, s.DefaultPrice)), fabrikamItems.Select(i => (i.DisplayName, i.UnitPrice)));
        Assert.Equal(bookings.Salon.Services.SkipLast(1).Select(s => s.Name), cronusItems.Select(i => i.DisplayName));
        Assert.Single(await fabrikam.FindCustomersByEmailAsync(physioEmail, default));
        Assert.Empty(await cronus.FindCustomersByEmailAsync(physioEmail, default));
        Assert.Single(await cronus.FindCustomersByEmailAsync(salonEmail, default));
        Assert.Empty(await fabrikam.FindCustomersByEmailAsync(salonEmail, default));
        // The same rules as CRONUS's: the first email on two customers, the last one missing.
        Assert.Equal(2, (await fabrikam.FindCustomersByEmailAsync(bookings.Physio.Customers[0].Email!, default)).Count);
        Assert.Empty(await fabrikam.FindCustomersByEmailAsync(bookings.Physio.Customers[^1].Email!, default));
        Assert.NotNull(await fabrikam.GetCustomerByNumberAsync(BusinessCentralSandbox.TemplateCustomerNumber, default));
        // Both have more than eight customers: the 9th is numbered past the template's 90000, not on it.
        BusinessCentralSandbox sandbox = app.Services.GetRequiredService<BusinessCentralSandbox>();
        Assert.All([BusinessCentralSandbox.CronusCompanyId, BusinessCentralSandbox.FabrikamCompanyId], id =>
            Assert.Single(sandbox.CustomersOf(id), c => c.Number == BusinessCentralSandbox.TemplateCustomerNumber));
    }

    [Fact]
    public async Task Invoices_DraftAndPostInOneCompany_NumberedByThatCompanyAndInvisibleInTheOther()
    {
        await using WebApplication app = await SetupSandboxApp.StartAsync();
        BusinessCentralSandbox sandbox = app.Services.GetRequiredService<BusinessCentralSandbox>();
        IBusinessCentralConnections connections = app.Services.GetRequiredService<IBusinessCentralConnections>();
        IBusinessCentral cronus = connections.For(Tenant, new BcCompanyRef("Production", null, BusinessCentralSandbox.CronusCompanyName));
        IBusinessCentral fabrikam = connections.For(Tenant, new BcCompanyRef("Production", BusinessCentralSandbox.FabrikamCompanyId, null));
        BcItem item = (await fabrikam.ListServiceItemsAsync(default))[0];
        BcCustomer customer = (await fabrikam.FindCustomersByEmailAsync(
            app.Services.GetRequiredService<SandboxBookingsBusinesses>().Physio.Customers[3].Email!, default)).Single();

        BcSalesInvoice first = await fabrikam.CreateSalesInvoiceAsync(Draft(customer.Number, item.Number, "BK-FAB-1"), default);
        Assert.True(sandbox.PostInvoice(first.Id));
        BcSalesInvoice second = await fabrikam.CreateSalesInvoiceAsync(Draft(customer.Number, item.Number, "BK-FAB-2"), default);

        Assert.Equal(["PS-INV103001", "S-INV100002"], sandbox.InvoicesOf(BusinessCentralSandbox.FabrikamCompanyId).Select(i => i.Number));
        Assert.Equal("EUR", second.CurrencyCode);
        Assert.Empty(sandbox.Invoices);
        Assert.Empty(await cronus.FindSalesInvoicesByExternalDocumentNumberAsync("BK-FAB-2", default));
        Assert.Null(await cronus.GetSalesInvoiceAsync(second.Id, default));
        Assert.Single(await fabrikam.FindSalesInvoicesByExternalDocumentNumberAsync("BK-FAB-2", default));
    }

    private static BcDraftInvoice Draft(string customerNumber, string itemNumber, string externalDocumentNumber) =>
        new(customerNumber, externalDocumentNumber, new DateOnly(2026, 11, 18), [new BcDraftInvoiceLine(itemNumber, "Physiotherapy session", 1m, 62.5m)]);
}
