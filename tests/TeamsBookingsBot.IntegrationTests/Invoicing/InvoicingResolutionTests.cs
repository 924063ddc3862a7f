using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicingResolutionTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private static async Task<InvoicePreview> PreviewAsync(InvoicingInstance bot, params Booking[] bookings)
    {
        bot.Bookings.Add(bookings);
        return await bot.Invoicing.PreviewAsync(Select(bookings), Alice, Ct);
    }

    [Fact]
    public async Task Preview_ManualLinkAndEmailDisagree_LinkWins()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        await bot.Mappings.LinkCustomerAsync(BusinessId, InvoiceLedgerKey.CustomerKeyOf(Robert), "20000", Alice, Ct);

        InvoicePreview preview = await PreviewAsync(bot, Haircut(1, Robert));

        var customer = Assert.IsType<InvoiceCustomer.Existing>(Assert.Single(preview.Plan.Drafts).Customer);
        Assert.Equal("20000", customer.Customer.Number); // Robert's email is on 10000
    }

    [Fact]
    public async Task Preview_UnknownEmail_CustomerNotFoundProblem()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);

        InvoicePreview preview = await PreviewAsync(bot, Haircut(1, Nobody));

        Assert.Empty(preview.Plan.Drafts);
        Assert.Equal(PlanProblemKind.CustomerNotFound, Assert.Single(preview.Plan.Problems).Kind);
    }

    [Fact]
    public async Task Preview_EmailOnTwoBcCustomers_AmbiguousWithBothCandidates()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);

        InvoicePreview preview = await PreviewAsync(bot, Haircut(1, Coho));

        PlanProblem problem = Assert.Single(preview.Plan.Problems);
        Assert.Equal(PlanProblemKind.CustomerAmbiguous, problem.Kind);
        Assert.Equal(["50000", "60000"], problem.CustomerCandidates.Select(c => c.Number));
    }

    [Fact]
    public async Task Confirm_UnknownEmailWithCreateAllowed_CustomerCreatedFromTemplateAtConfirmNotPreview()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        BcCustomer template;
        await using (InvoicingInstance setup = await InvoicingInstance.StartAsync(bc))
        {
            template = await setup.Services.GetRequiredService<Application.Ports.IBusinessCentral>()
                .CreateCustomerAsync(new BcNewCustomer("Template: walk-ins (USD)", "", null), Ct);
        }
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc, settings: new Dictionary<string, string?>
        {
            ["Invoicing:AllowCreateCustomers"] = "true",
            ["Invoicing:CustomerTemplate"] = template.Number,
        });

        InvoicePreview preview = await PreviewAsync(bot, Haircut(1, Nobody));
        Assert.IsType<InvoiceCustomer.FromTemplate>(Assert.Single(preview.Plan.Drafts).Customer);
        Assert.Equal(1, bc.Sandbox.RequestCount("POST customers")); // only the template made above
        InvoiceRunResult result = await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct);

        CreatedInvoice created = Assert.Single(result.Created);
        string number = Assert.IsType<InvoiceCustomer.Existing>(created.Draft.Customer).Customer.Number;
        Assert.Equal(2, bc.Sandbox.RequestCount("POST customers"));
        Assert.Equal(number, Assert.Single(bc.Sandbox.Invoices).CustomerNumber);
        Assert.Equal(number, Assert.Single(await bot.Services.GetRequiredService<Application.Ports.IBusinessCentral>()
            .FindCustomersByEmailAsync(Nobody.Email!, Ct)).Number);
    }

    [Fact]
    public async Task PreviewAndConfirm_TenBookingsOfThreeCustomers_EachCustomerAndTheItemsLookedUpOnce()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        BookingCustomer[] customers = [Robert, Helen, Seamus];
        Booking[] bookings = [.. Enumerable.Range(1, 10).Select(n => Haircut(n, customers[n % 3]))];
        bot.Metrics.Reset();

        InvoicePreview preview = await PreviewAsync(bot, bookings);
        InvoiceRunResult result = await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, Ct);

        Assert.Equal(3, result.Created.Count);
        Assert.Equal(3, bot.Metrics.Get(BusinessCentralCallKind.CustomerLookup));
        Assert.Equal(1, bot.Metrics.Get(BusinessCentralCallKind.ItemLookup));
        Assert.Equal(3, bot.Metrics.Get(BusinessCentralCallKind.InvoiceCreate));
    }

    [Fact]
    public async Task Preview_ServiceWithoutItem_UnmappedProblemWithNameSuggestionAndConfirmedPickRemembered()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking consult = Booking(1, "svc-consult", "Consult", 100m, BookingPriceType.FixedPrice, Helen);

        InvoicePreview preview = await PreviewAsync(bot, consult);

        PlanProblem problem = Assert.Single(preview.Plan.Problems);
        Assert.Equal(PlanProblemKind.UnmappedService, problem.Kind);
        Assert.Equal("SVC-CONSULT", problem.ItemSuggestions[0].Number);
        await bot.Mappings.MapServiceAsync(BusinessId, "svc-consult", problem.ItemSuggestions[0].Number, Alice, Ct);
        InvoicePreview again = await bot.Invoicing.PreviewAsync(Select(consult), Alice, Ct);
        Assert.Equal("SVC-CONSULT", Assert.Single(Assert.Single(again.Plan.Drafts).Lines).LineObjectNumber);
    }
}
