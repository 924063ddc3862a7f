using System.Net;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

public sealed class BusinessCentralLookupTests
{
    [Fact]
    public async Task FindCustomersByEmail_ApostropheAndPlus_FindsTheCustomer()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        BcCustomer customer = Assert.Single(await server.Client.FindCustomersByEmailAsync("Seamus.O'Brien+bookings@contoso.com", default));

        Assert.Equal("30000", customer.Number);
        Assert.Equal("Seamus O'Brien", customer.DisplayName);
    }

    [Fact]
    public async Task FindCustomersByEmail_SharedEmail_ReturnsBothCustomers()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        IReadOnlyList<BcCustomer> customers = await server.Client.FindCustomersByEmailAsync("accounts@cohowinery.com", default);

        Assert.Equal(["50000", "60000"], customers.Select(c => c.Number));
    }

    [Fact]
    public async Task ListServiceItems_PageSizeTwo_FollowsNextLinksToAllServiceItems()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync(new BusinessCentralSandboxOptions { PageSize = 2 });

        IReadOnlyList<BcItem> items = await server.Client.ListServiceItemsAsync(default);

        Assert.Equal(["SVC-HAIRCUT", "SVC-COLOUR", "SVC-CONSULT", "SVC-MASSAGE", "SVC-RETIRED"], items.Select(i => i.Number));
        Assert.All(items, i => Assert.Equal("Service", i.Type));
        Assert.True(items.Single(i => i.Number == "SVC-RETIRED").Blocked);
        Assert.Equal(3, server.Sandbox.RequestCount("GET items"));
        Assert.Equal(3, server.Metrics.Get(BusinessCentralCallKind.ItemLookup));
    }

    [Fact]
    public async Task Company_ResolvedByName_OnlyOnceAcrossCalls()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        await Task.WhenAll(
            server.Client.FindCustomersByEmailAsync("helen.ray@contoso.com", default),
            server.Client.ListServiceItemsAsync(default),
            server.Client.GetCustomerByNumberAsync("10000", default));
        await server.Client.FindItemsByNameAsync("Haircut", default);

        Assert.Equal(1, server.Sandbox.RequestCount("GET companies"));
        Assert.Equal(1, server.Metrics.Get(BusinessCentralCallKind.Company));
    }

    [Fact]
    public async Task GetSalesInvoiceWebLink_ResolvedCompany_OpensPage43FilteredByNumber()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();

        Uri link = await server.Client.GetSalesInvoiceWebLinkAsync("S-INV100001", default);

        Assert.Equal(
            "https://businesscentral.dynamics.com/contoso.onmicrosoft.com/Sandbox/?company=CRONUS%20USA%2C%20Inc.&page=43&filter=%27No.%27%20IS%20%27S-INV100001%27",
            link.AbsoluteUri);
    }

    [Fact]
    public async Task DeleteDraftSalesInvoice_Draft_DeletesIt()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        BcSalesInvoice invoice = await CreateOneAsync(server, "del-1");

        BcDeleteDraftResult result = await server.Client.DeleteDraftSalesInvoiceAsync(invoice.Id, default);

        Assert.Equal(new BcDeleteDraftResult.Deleted(invoice.Id), result);
        Assert.Empty(server.Sandbox.Invoices);
        Assert.Null(await server.Client.GetSalesInvoiceAsync(invoice.Id, default));
    }

    [Fact]
    public async Task DeleteDraftSalesInvoice_Posted_RefusedAndLeftAlone()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        BcSalesInvoice invoice = await CreateOneAsync(server, "del-2");
        Assert.True(server.Sandbox.PostInvoice(invoice.Id));

        BcDeleteDraftResult result = await server.Client.DeleteDraftSalesInvoiceAsync(invoice.Id, default);

        BcDeleteDraftResult.NotDraft notDraft = Assert.IsType<BcDeleteDraftResult.NotDraft>(result);
        Assert.Equal(BcInvoiceStatus.Open, notDraft.Status);
        Assert.Equal("PS-INV103001", notDraft.Number);
        Assert.Single(server.Sandbox.Invoices);
        Assert.Equal(0, server.Sandbox.RequestCount("DELETE salesInvoices"));
    }

    [Fact]
    public async Task DeleteDraftSalesInvoice_Missing_ReportsNotFound()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        Guid id = Guid.NewGuid();

        Assert.Equal(new BcDeleteDraftResult.NotFound(id), await server.Client.DeleteDraftSalesInvoiceAsync(id, default));
    }

    [Fact]
    public async Task CreateCustomer_WithTemplateCustomer_CopiesItsCurrency()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync(
            clientSettings: new Dictionary<string, string?> { ["BusinessCentral:CustomerTemplate"] = BusinessCentralSandbox.TemplateCustomerNumber });

        BcCustomer created = await server.Client.CreateCustomerAsync(new BcNewCustomer("Nora Lind", "nora@contoso.com", "+1 555 0100"), default);

        Assert.Equal("CAD", created.CurrencyCode);
        Assert.Equal("nora@contoso.com", created.Email);
        Assert.Equal(created.Id, Assert.Single(await server.Client.FindCustomersByEmailAsync("nora@contoso.com", default)).Id);
    }

    [Fact]
    public async Task GetCustomers_ServerErrorOnGet_RetriedUntilSuccess()
    {
        await using BusinessCentralSandboxServer server = await BusinessCentralSandboxServer.StartAsync();
        await server.Client.FindCustomersByEmailAsync("helen.ray@contoso.com", default); // company resolved before the faults
        server.Sandbox.Faults.Throttle(2, "0.01", status: 503);
        server.Metrics.Reset();

        Task<BcCustomer?> get = server.Client.GetCustomerByNumberAsync("20000", default);
        IReadOnlyList<TimeSpan> waits = await server.Clock.RunThroughWaitsAsync(get, below: BusinessCentralSandboxServer.AttemptTimeout);

        Assert.Equal("Trey Research", (await get)?.DisplayName);
        Assert.Equal([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)], waits);
        Assert.Equal(3, server.Metrics.Get(BusinessCentralCallKind.CustomerLookup));
    }

    private static Task<BcSalesInvoice> CreateOneAsync(BusinessCentralSandboxServer server, string key) =>
        server.Client.CreateSalesInvoiceAsync(
            new BcDraftInvoice("20000", key, new DateOnly(2026, 3, 2), [new BcDraftInvoiceLine("SVC-HAIRCUT", "Haircut - 2026-03-01", 1m, 45m)]), default);
}
