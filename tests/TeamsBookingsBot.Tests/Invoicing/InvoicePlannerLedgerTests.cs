using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicePlannerLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_AlreadyInvoicedKey_SkippedNamingTheInvoice()
    {
        Booking booking = Haircut();
        InvoiceLedgerKey key = InvoiceLedgerKey.For(booking, Ann);
        var ledger = new Dictionary<InvoiceLedgerKey, LedgerEntry>
        {
            [key] = new LedgerEntry.Invoiced(key, "user-1", Now, "run-old", "TBB-X", Guid.NewGuid(), "S-INV103005"),
        };

        InvoicePlan plan = Plan([booking], ledger: ledger);

        Assert.Empty(plan.Drafts);
        SkippedBooking skipped = Assert.Single(plan.Skipped);
        Assert.Equal(SkipReason.AlreadyInvoiced, skipped.Reason);
        Assert.Equal("Already invoiced on S-INV103005.", skipped.Message);
        Assert.Equal(Ann, skipped.Customer);
    }

    [Theory]
    [InlineData(SkipReason.BeingInvoiced)]
    [InlineData(SkipReason.MarkedInvoiced)]
    [InlineData(SkipReason.Excluded)]
    public void Plan_BlockingLedgerState_Skipped(SkipReason expected)
    {
        Booking booking = Haircut();
        InvoiceLedgerKey key = InvoiceLedgerKey.For(booking, Ann);
        LedgerEntry entry = expected switch
        {
            SkipReason.BeingInvoiced => new LedgerEntry.Reserved(key, "user-1", Now, "run-other", "TBB-OTHER"),
            SkipReason.MarkedInvoiced => new LedgerEntry.MarkedInvoiced(key, "user-1", Now),
            _ => new LedgerEntry.Excluded(key, "user-1", Now, "no-show, forgiven"),
        };

        InvoicePlan plan = Plan([booking], ledger: new Dictionary<InvoiceLedgerKey, LedgerEntry> { [key] = entry });

        Assert.Empty(plan.Drafts);
        Assert.Equal(expected, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Plan_ReleasedKey_BilledAgain()
    {
        Booking booking = Haircut();
        InvoiceLedgerKey key = InvoiceLedgerKey.For(booking, Ann);
        var ledger = new Dictionary<InvoiceLedgerKey, LedgerEntry> { [key] = new LedgerEntry.Released(key, "user-1", Now) };

        InvoicePlan plan = Plan([booking], ledger: ledger);

        Assert.Equal([key], Assert.Single(plan.Drafts).LedgerKeys);
    }

    [Fact]
    public void Plan_PartlyInvoicedGroupBooking_InvoicesOnlyTheRest()
    {
        Booking yoga = Haircut("appt-yoga", Ann, Bob, Cat);
        InvoiceLedgerKey bobKey = InvoiceLedgerKey.For(yoga, Bob);
        var ledger = new Dictionary<InvoiceLedgerKey, LedgerEntry>
        {
            [bobKey] = new LedgerEntry.Invoiced(bobKey, "user-1", Now, "run-old", "TBB-X", Guid.NewGuid(), "S-INV1"),
        };

        InvoicePlan plan = Plan([yoga], ledger: ledger);

        Assert.Equal(
            [InvoiceLedgerKey.For(yoga, Ann), InvoiceLedgerKey.For(yoga, Cat)],
            plan.Drafts.SelectMany(d => d.LedgerKeys));
        Assert.Equal(Bob, Assert.Single(plan.Skipped).Customer);
    }

    [Fact]
    public void Plan_PartlyInvoicedGroupFirstCustomerPaysAll_InvoicesOnlyTheRestToTheFirst()
    {
        Booking yoga = Haircut("appt-yoga", Ann, Bob, Cat);
        InvoiceLedgerKey annKey = InvoiceLedgerKey.For(yoga, Ann);
        var ledger = new Dictionary<InvoiceLedgerKey, LedgerEntry>
        {
            [annKey] = new LedgerEntry.Invoiced(annKey, "user-1", Now, "run-old", "TBB-X", Guid.NewGuid(), "S-INV1"),
        };
        InvoicingSettings settings = Settings with { GroupBilling = GroupBookingBilling.FirstCustomerPaysAll };

        DraftInvoice draft = Assert.Single(Plan([yoga], ledger: ledger, settings: settings).Drafts);

        Assert.Equal(AnnInBc, ((InvoiceCustomer.Existing)draft.Customer).Customer);
        Assert.Equal([InvoiceLedgerKey.For(yoga, Bob), InvoiceLedgerKey.For(yoga, Cat)], draft.LedgerKeys);
    }

    [Fact]
    public void LedgerKey_CustomerKey_IdElseLowerCasedEmailElseDash()
    {
        Assert.Equal("cust-ann", InvoiceLedgerKey.CustomerKeyOf(Ann));
        Assert.Equal("cat@example.com", InvoiceLedgerKey.CustomerKeyOf(Cat));
        Assert.Equal("-", InvoiceLedgerKey.CustomerKeyOf(new BookingCustomer(null, "Walk-in", null, "555")));
    }
}
