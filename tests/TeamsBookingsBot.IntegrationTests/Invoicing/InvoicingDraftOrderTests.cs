using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Preview and result list the drafts in one order, by the Business Central customer's name.</summary>
public sealed class InvoicingDraftOrderTests
{
    [Fact]
    public async Task PreviewThenConfirm_ThreeCustomers_BothListDraftsByCustomerNameNotNumber()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        // BC names them 10000 Adatum Corporation, 20000 Trey Research, 30000 Seamus O'Brien.
        var bookings = new[] { Haircut(1, Helen), Haircut(2, Robert), Haircut(3, Seamus) };
        bot.Bookings.Add(bookings);

        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(bookings), Alice, default);
        InvoiceRunResult result = await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, default);

        string[] expected = ["Adatum Corporation", "Seamus O'Brien", "Trey Research"];
        Assert.Equal(expected, preview.Plan.Drafts.Select(d => ((InvoiceCustomer.Existing)d.Customer).Customer.DisplayName));
        Assert.Equal(expected, result.Created.Select(c => ((InvoiceCustomer.Existing)c.Draft.Customer).Customer.DisplayName));
    }
}
