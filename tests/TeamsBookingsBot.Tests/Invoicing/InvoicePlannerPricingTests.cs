using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicePlannerPricingTests
{
    [Fact]
    public void Plan_HourlyOneAndAHalfHoursAt80_QuantityIsHoursAndTotalIs120()
    {
        Booking booking = Haircut() with
        {
            PriceType = BookingPriceType.Hourly,
            Price = 80m,
            EndUtc = Haircut().StartUtc.AddMinutes(90),
        };

        InvoicePlan plan = Plan([booking]);

        DraftInvoiceLine line = Assert.Single(Assert.Single(plan.Drafts).Lines);
        Assert.Equal(1.5m, line.Quantity);
        Assert.Equal(80m, line.UnitPrice);
        Assert.Equal(120.00m, line.Amount);
        Assert.Equal(new Money(120.00m, "USD"), plan.Drafts[0].Total);
        Assert.Equal("Item", line.LineType);
        Assert.Equal("SVC-HAIR", line.LineObjectNumber);
        Assert.Equal(DraftLineKind.Service, line.Kind);
    }

    [Fact]
    public void Plan_HourlyTwentyMinutes_QuantityRoundedToBcFiveDecimals()
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.Hourly, Price = 60m, EndUtc = Haircut().StartUtc.AddMinutes(20) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking]).Drafts).Lines);

        Assert.Equal(0.33333m, line.Quantity);
        Assert.Equal(20.00m, line.Amount);
    }

    [Fact]
    public void Plan_FixedPriceThirtyMinutes_OneTimesPriceNotHours()
    {
        Booking booking = Haircut() with { Price = 10m, EndUtc = Haircut().StartUtc.AddMinutes(30) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking]).Drafts).Lines);

        Assert.Equal(1m, line.Quantity);
        Assert.Equal(10m, line.UnitPrice);
        Assert.Equal(10m, line.Amount);
    }

    [Fact]
    public void Plan_FreeService_SkippedWithNoDraftAndNoMappingNeeded()
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.Free, ServiceId = "svc-unmapped" };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        Assert.Empty(plan.Problems);
        SkippedBooking skipped = Assert.Single(plan.Skipped);
        Assert.Equal(SkipReason.FreeService, skipped.Reason);
        Assert.Contains("Free service", skipped.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BookingPriceType.StartingAt)]
    [InlineData(BookingPriceType.PriceVaries)]
    [InlineData(BookingPriceType.CallUs)]
    [InlineData(BookingPriceType.NotSet)]
    [InlineData(BookingPriceType.Undefined)]
    [InlineData(BookingPriceType.UnknownFutureValue)]
    public void Plan_PriceNotKnown_PriceNeededProblemAndNoDraft(BookingPriceType priceType)
    {
        Booking booking = Haircut() with { PriceType = priceType, Price = 25m };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.PriceNeeded, problem.Kind);
        Assert.Same(booking, problem.Booking);
        Assert.Equal([InvoiceLedgerKey.For(booking, Ann)], problem.LedgerKeys);
        Assert.False(string.IsNullOrWhiteSpace(problem.WhatToDo));
    }

    [Fact]
    public void Plan_StartingAtProblem_MessageNamesTheStartingPrice()
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.StartingAt, Price = 25m };

        PlanProblem problem = Assert.Single(Plan([booking]).Problems);

        Assert.Contains("starting at USD 25.00", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BookingPriceType.PriceVaries)]
    [InlineData(BookingPriceType.CallUs)]
    [InlineData(BookingPriceType.Hourly)]
    public void Plan_PriceOverride_BillsOneTimesTheOverride(BookingPriceType priceType)
    {
        Booking booking = Haircut() with { PriceType = priceType, Price = 80m };
        var adjustments = new InvoicePlanAdjustments { PriceOverrides = new Dictionary<string, decimal> { ["appt-1"] = 55.50m } };

        InvoicePlan plan = Plan([booking], adjustments: adjustments);

        Assert.Empty(plan.Problems);
        DraftInvoiceLine line = Assert.Single(Assert.Single(plan.Drafts).Lines);
        Assert.Equal(1m, line.Quantity);
        Assert.Equal(55.50m, line.UnitPrice);
    }

    [Fact]
    public void Plan_NegativePriceOverride_ProblemAndNoDraft()
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.PriceVaries };
        var adjustments = new InvoicePlanAdjustments { PriceOverrides = new Dictionary<string, decimal> { ["appt-1"] = -1m } };

        InvoicePlan plan = Plan([booking], adjustments: adjustments);

        Assert.Empty(plan.Drafts);
        Assert.Equal(PlanProblemKind.InvalidPriceOverride, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Plan_HourlyEndingBeforeStart_InvalidDurationProblem()
    {
        Booking booking = Haircut() with { PriceType = BookingPriceType.Hourly, EndUtc = Haircut().StartUtc };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        Assert.Equal(PlanProblemKind.InvalidDuration, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Plan_CancelledBooking_SkippedAsCancelled()
    {
        Booking booking = Haircut() with { CancelledUtc = Haircut().StartUtc.AddDays(-1) };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        Assert.Empty(plan.Problems);
        Assert.Equal(SkipReason.Cancelled, Assert.Single(plan.Skipped).Reason);
    }
}
