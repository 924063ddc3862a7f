using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicePlannerNoShowTests
{
    private static readonly InvoicePlanAdjustments NoShow = new() { NoShowWithFee = new HashSet<string> { "appt-1" } };

    [Fact]
    public void Plan_NoShowFixedFee_LineOnFeeItemForTheFixedAmount()
    {
        InvoicingSettings settings = Settings with { NoShowFee = new NoShowFee("SVC-NOSHOW", NoShowFeeKind.FixedAmount, 15m) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([Haircut()], settings: settings, adjustments: NoShow).Drafts).Lines);

        Assert.Equal(DraftLineKind.NoShowFee, line.Kind);
        Assert.Equal("SVC-NOSHOW", line.LineObjectNumber);
        Assert.Equal(1m, line.Quantity);
        Assert.Equal(15m, line.UnitPrice);
        Assert.Equal("No-show fee: Haircut - 23 Nov 2026 09:30", line.Description);
    }

    [Fact]
    public void Plan_NoShowPercentageOfHourly_PercentOfWhatTheLineWouldHaveBeen()
    {
        InvoicingSettings settings = Settings with { NoShowFee = new NoShowFee("SVC-NOSHOW", NoShowFeeKind.PercentageOfPrice, 50m) };
        Booking booking = Haircut() with { PriceType = BookingPriceType.Hourly, Price = 80m, EndUtc = Haircut().StartUtc.AddMinutes(90) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking], settings: settings, adjustments: NoShow).Drafts).Lines);

        Assert.Equal(1m, line.Quantity);
        Assert.Equal(60.00m, line.UnitPrice);
        Assert.Equal("SVC-NOSHOW", line.LineObjectNumber);
    }

    [Fact]
    public void Plan_NoShowFixedFeeOnPriceVariesService_NoPriceNeeded()
    {
        InvoicingSettings settings = Settings with { NoShowFee = new NoShowFee("SVC-NOSHOW", NoShowFeeKind.FixedAmount, 15m) };
        Booking booking = Haircut() with { PriceType = BookingPriceType.PriceVaries };

        InvoicePlan plan = Plan([booking], settings: settings, adjustments: NoShow);

        Assert.Empty(plan.Problems);
        Assert.Single(plan.Drafts);
    }

    [Fact]
    public void Plan_NoShowPercentageOnPriceVariesService_PriceNeeded()
    {
        InvoicingSettings settings = Settings with { NoShowFee = new NoShowFee("SVC-NOSHOW", NoShowFeeKind.PercentageOfPrice, 50m) };
        Booking booking = Haircut() with { PriceType = BookingPriceType.PriceVaries };

        InvoicePlan plan = Plan([booking], settings: settings, adjustments: NoShow);

        Assert.Empty(plan.Drafts);
        Assert.Equal(PlanProblemKind.PriceNeeded, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Plan_NoShowWithoutFeeSetUp_Problem()
    {
        InvoicePlan plan = Plan([Haircut()], adjustments: NoShow);

        Assert.Empty(plan.Drafts);
        Assert.Equal(PlanProblemKind.NoShowFeeNotSetUp, Assert.Single(plan.Problems).Kind);
    }
}
