using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Issue 8, points 6-9: what the planner never bills, bills only when confirmed, and how it rounds.</summary>
public sealed class InvoicePlannerHonestAmountsTests
{
    [Theory]
    [InlineData(BookingPriceType.FixedPrice)]
    [InlineData(BookingPriceType.Hourly)]
    public void Plan_NegativePriceInBookings_NeedsAttentionAndIsNeverBilled(BookingPriceType priceType)
    {
        Booking booking = Haircut() with { PriceType = priceType, Price = -40m };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.NegativePrice, problem.Kind);
        Assert.Contains("negative in Bookings", problem.Message, StringComparison.Ordinal);
        Assert.Equal([InvoiceLedgerKey.For(booking, Ann)], problem.LedgerKeys);
    }

    [Fact]
    public void Plan_NegativePriceThenAnAmountTyped_BillsTheTypedAmount()
    {
        Booking booking = Haircut() with { Price = -40m };
        var typed = new InvoicePlanAdjustments { PriceOverrides = new Dictionary<string, decimal> { ["appt-1"] = 40m } };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking], adjustments: typed).Drafts).Lines);

        Assert.Equal(40m, line.Amount);
    }

    [Fact]
    public void Plan_AmountAboveTheUnusualLimit_IsHeldBackUntilThatAmountIsConfirmed()
    {
        Booking booking = Haircut() with { Price = 250_000m };

        InvoicePlan unconfirmed = Plan([booking]);
        InvoicePlan confirmedOther = Plan([booking], adjustments: Confirmed(240_000m));
        InvoicePlan confirmed = Plan([booking], adjustments: Confirmed(250_000m));

        Assert.Empty(unconfirmed.Drafts);
        PlanProblem problem = Assert.Single(unconfirmed.Problems);
        Assert.Equal(PlanProblemKind.UnusualAmount, problem.Kind);
        Assert.Equal(250_000m, problem.UnusualAmount);
        Assert.Contains("USD 250,000.00 per attendee is unusually high (more than USD 100,000.00)", problem.Message, StringComparison.Ordinal);
        Assert.Equal(PlanProblemKind.UnusualAmount, Assert.Single(confirmedOther.Problems).Kind);
        Assert.Empty(confirmed.Problems);
        Assert.Equal(250_000m, Assert.Single(Assert.Single(confirmed.Drafts).Lines).Amount);
    }

    [Fact]
    public void Plan_UnusualLimit_IsConfigurableAndInclusive()
    {
        InvoicingSettings strict = Settings with { AmountCheck = new AmountCheck(500m) };

        Assert.Single(Plan([Haircut() with { Price = 500m }], settings: strict).Drafts);
        Assert.Equal(PlanProblemKind.UnusualAmount, Assert.Single(Plan([Haircut() with { Price = 500.01m }], settings: strict).Problems).Kind);
    }

    [Theory]
    [InlineData(BookingPriceType.FixedPrice)]
    [InlineData(BookingPriceType.Hourly)]
    public void Plan_ZeroPrice_IsSkippedAsFreeNeverAZeroDraft(BookingPriceType priceType)
    {
        Booking booking = Haircut() with { PriceType = priceType, Price = 0m, ServiceId = "svc-unmapped" };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        Assert.Empty(plan.Problems);
        Assert.Equal(SkipReason.FreeService, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Plan_ZeroTypedForAPriceThatVaries_IsFreeNotAZeroLine()
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.PriceVaries };
        var typed = new InvoicePlanAdjustments { PriceOverrides = new Dictionary<string, decimal> { ["appt-1"] = 0m } };

        InvoicePlan plan = Plan([booking], adjustments: typed);

        Assert.Empty(plan.Drafts);
        Assert.Equal(SkipReason.FreeService, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Plan_HourlyRate_IsRoundedOnceAtTheEnd()
    {
        // 1.5 x 45.555 = 68.3325 -> 68.33; rounding the rate first would bill 1.5 x 45.56 = 68.34.
        Booking booking = Haircut() with { PriceType = BookingPriceType.Hourly, Price = 45.555m, EndUtc = Haircut().StartUtc.AddMinutes(90) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking]).Drafts).Lines);

        Assert.Equal(1.5m, line.Quantity);
        Assert.Equal(45.555m, line.UnitPrice);
        Assert.Equal(68.33m, line.Amount);
        Assert.Equal(InvoiceLinePricing.Amount(line.Quantity, line.UnitPrice), line.Amount);
    }

    [Theory]
    [InlineData(20, 45.555, 0.33333, 15.18)]
    [InlineData(40, 100, 0.66667, 66.67)]
    [InlineData(50, 99.99, 0.83333, 83.32)]
    public void Plan_HourlyLine_AmountIsWhatBusinessCentralComputesFromQuantityAndUnitPrice(int minutes, double rate, double quantity, double amount)
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.Hourly, Price = (decimal)rate, EndUtc = Haircut().StartUtc.AddMinutes(minutes) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking]).Drafts).Lines);

        Assert.Equal((decimal)quantity, line.Quantity);
        Assert.Equal((decimal)amount, line.Amount);
        // BC's sales line: Round(Quantity x Unit Price, 0.01), half away from zero.
        Assert.Equal(Math.Round(line.Quantity * line.UnitPrice, 2, MidpointRounding.AwayFromZero), line.Amount);
    }

    [Theory]
    [InlineData(BookingPriceType.FixedPrice, 0)]
    [InlineData(BookingPriceType.FixedPrice, -15)]
    [InlineData(BookingPriceType.Hourly, -15)]
    public void Plan_EndNotAfterStart_NeedsAttentionWhateverThePriceType(BookingPriceType priceType, int minutes)
    {
        Booking booking = Haircut() with { PriceType = priceType, EndUtc = Haircut().StartUtc.AddMinutes(minutes) };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.InvalidDuration, problem.Kind);
        Assert.Contains("does not end after it starts", problem.Message, StringComparison.Ordinal);
    }

    private static InvoicePlanAdjustments Confirmed(decimal amount) =>
        new() { ConfirmedAmounts = new Dictionary<string, decimal> { ["appt-1"] = amount } };
}
