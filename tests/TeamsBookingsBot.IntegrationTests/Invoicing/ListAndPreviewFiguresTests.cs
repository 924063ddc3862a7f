using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.InvoicingChat;
using static TeamsBookingsBot.Invoicing.InvoicingData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// Issue 8, points 8 and 10: over varied bookings the list card's "To invoice" is the preview card's total, and the
/// drafts the sandbox Business Central computes from the lines sent come to the same amount. Real ledger (SQLite),
/// real planner and resolver, real BC client against the sandbox, which rounds line amounts as BC does.
/// </summary>
public sealed class ListAndPreviewFiguresTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateRange Year = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Now, "2026");

    [Fact]
    public async Task VariedBookings_ListTotalEqualsPreviewTotalEqualsWhatBusinessCentralComputes()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking[] bookings = [.. VariedBookings()];
        bot.Bookings.Add(bookings);
        Booking group = bookings.Single(b => b.AppointmentId == "appt-group");
        await bot.Ledger.MarkAsInvoicedAsync([InvoiceLedgerKey.For(group, Helen)], "aad-alice", Now, CancellationToken.None);

        UninvoicedBookingsResult list = await ListAsync(bot, bookings);
        string listTotal = ListCardTotal(list);
        string[] listed = [.. list.Rows.Select(r => r.Booking.AppointmentId)];
        InvoicePreview preview = await bot.Invoicing.PreviewAsync(new InvoiceSelection(BusinessId, listed, InvoicePlanAdjustments.None), Alice, CancellationToken.None);
        string previewTotal = PreviewCardTotal(preview, listed);
        InvoiceRunResult result = await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, CancellationToken.None);

        Assert.NotEmpty(preview.Plan.Problems); // the data does hold bookings that wait: they must be out of both totals
        Assert.Equal(previewTotal, listTotal);
        Assert.Empty(result.Failed);
        decimal computedByBc = bc.Sandbox.Invoices.Sum(i => i.TotalAmountIncludingTax);
        Assert.Equal(previewTotal, "USD " + computedByBc.ToString("#,##0.00", CultureInfo.InvariantCulture));
        Assert.All(bc.Sandbox.Invoices.SelectMany(i => i.Lines), line =>
            Assert.Contains(preview.Plan.Drafts.SelectMany(d => d.Lines), l => l.Quantity == line.Quantity && l.UnitPrice == line.UnitPrice));
    }

    [Fact]
    public async Task HourlyRateWithThreeDecimals_BusinessCentralBillsTheAmountThePreviewShows()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        await using InvoicingInstance bot = await InvoicingInstance.StartAsync(bc);
        Booking booking = Lasting(Booking(1, "svc-massage", "Massage", 45.555m, BookingPriceType.Hourly, Helen), 90);
        bot.Bookings.Add(booking);

        InvoicePreview preview = await bot.Invoicing.PreviewAsync(Select(booking), Alice, CancellationToken.None);
        await bot.Invoicing.ConfirmAsync(preview.RunId, Alice, CancellationToken.None);

        Assert.Contains("1.5 × 45.555 = 68.33", InvoiceCardJson.VisibleText(InvoiceCardJson.Of(
            InvoicePreviewCard.Build(new InvoicePreviewCardModel(preview, TimeZoneInfo.Utc, [booking.AppointmentId], InvoicePlanAdjustments.None, null)))),
            StringComparison.Ordinal);
        var line = Assert.Single(Assert.Single(bc.Sandbox.Invoices).Lines);
        Assert.Equal(1.5m, line.Quantity);
        Assert.Equal(45.555m, line.UnitPrice);
        Assert.Equal(68.33m, Assert.Single(bc.Sandbox.Invoices).TotalAmountIncludingTax);
    }

    private static IEnumerable<Booking> VariedBookings()
    {
        var random = new Random(8);
        BookingCustomer[] payers = [Robert, Helen, Seamus];
        int number = 0;
        for (int i = 0; i < 24; i++)
        {
            // Odd lengths and rates with three decimals: the rounding cases.
            int minutes = 5 * random.Next(2, 37);
            decimal rate = random.Next(1_000, 200_000) / 1000m;
            yield return Lasting(Booking(++number, "svc-massage", "Massage", rate, BookingPriceType.Hourly, payers[i % 3]), minutes);
            yield return Haircut(++number, payers[(i + 1) % 3]) with { Price = random.Next(100, 20_000) / 100m };
        }
        yield return Booking(++number, "svc-haircut", "Haircut", 0m, BookingPriceType.Free, Robert);
        yield return Haircut(++number, Helen) with { Price = 0m };
        yield return Haircut(++number, Seamus) with { Price = -30m };
        yield return Booking(++number, "svc-haircut", "Haircut", 50m, BookingPriceType.PriceVaries, Robert);
        yield return Haircut(++number) with { Customers = [] };
        yield return Haircut(++number, new BookingCustomer(null, "Walk-in", null, null));
        yield return Haircut(++number, Helen) with { CancelledUtc = Now.AddMonths(-9) };
        yield return Lasting(Booking(++number, "svc-massage", "Massage", 60m, BookingPriceType.Hourly, Robert), -15);
        yield return Haircut(++number, Seamus) with { Price = 250_000m };
        yield return Haircut(++number, Robert, Helen, Seamus) with { AppointmentId = "appt-group" };
    }

    private static Booking Lasting(Booking booking, int minutes) =>
        booking with { EndUtc = booking.StartUtc.AddMinutes(minutes), Duration = TimeSpan.FromMinutes(Math.Max(0, minutes)) };

    private static async Task<UninvoicedBookingsResult> ListAsync(InvoicingInstance bot, Booking[] bookings)
    {
        IInvoicedBookingsLookup lookup = bot.Services.GetRequiredService<IInvoicedBookingsLookup>();
        LedgerState ledger = await lookup.GetStateAsync(BusinessId, [.. bookings.Select(b => b.AppointmentId)], CancellationToken.None);
        return new UninvoicedBookingsQuery(CompletionPolicy.Default, bot.Services.GetRequiredService<BillingRules>()).Run(
            bookings, ledger, new BookingsDirectory([Salon]),
            new UninvoicedBookingsCriteria { Range = Year, PageSize = 500, IncludeCancelled = true }, Now);
    }

    private static string ListCardTotal(UninvoicedBookingsResult list)
    {
        JsonObject card = UninvoicedBookingsCard.Build(new UninvoicedBookingsCardModel(Salon, list, Year, BookingFilter.None, Now, Now, Guid.NewGuid())).ToJsonObject();
        return InvoiceCardJson.VisibleText(card).Split('\n').First(l => l.StartsWith("To invoice: ", StringComparison.Ordinal))["To invoice: ".Length..];
    }

    private static string PreviewCardTotal(InvoicePreview preview, string[] ids)
    {
        JsonObject card = InvoicePreviewCard.Build(new InvoicePreviewCardModel(preview, TimeZoneInfo.Utc, ids, InvoicePlanAdjustments.None, null)).ToJsonObject();
        return InvoiceCardJson.VisibleText(card).Split('\n').Single(l => l.StartsWith("Total: ", StringComparison.Ordinal))["Total: ".Length..];
    }
}
