using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.QueryDomain;

/// <summary>Issue 8, points 6, 7, 9, 10 and 13 on the list: its totals are what invoicing bills, and its counts say the truth.</summary>
public sealed class UninvoicedListBillingTests
{
    private const string Salon = "salon@contoso.com";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 6, 30, 0, TimeSpan.Zero);
    private static readonly BookingsBusiness Business = new(Salon, "Contoso Salon", "Pacific Standard Time", "USD");
    private static readonly BookingsDirectory Directory = new([Business]);
    private static readonly UninvoicedBookingsCriteria All = new() { PageSize = 500 };

    private static UninvoicedBookingsResult Run(IReadOnlyList<Booking> bookings, UninvoicedBookingsCriteria? criteria = null, LedgerState? ledger = null) =>
        new UninvoicedBookingsQuery(CompletionPolicy.Default).Run(bookings, ledger ?? LedgerState.Empty, Directory, criteria ?? All, Now);

    [Fact]
    public void Run_BookingsThePreviewWouldNotBill_StayListedButOutOfTheTotals()
    {
        Booking billed = new BookingBuilder().Id("billed").Fixed(40m).Build();
        Booking[] waiting =
        [
            new BookingBuilder().Id("negative").Fixed(-40m).Build(),
            new BookingBuilder().Id("no-customer").Customers().Build(),
            new BookingBuilder().Id("walk-in").Customers(new BookingCustomer(null, "Walk-in", null, null)).Build(),
            new BookingBuilder().Id("varies").Priced(BookingPriceType.PriceVaries).Build(),
            new BookingBuilder().Id("backwards").Lasting(TimeSpan.FromMinutes(-15)).Build(),
            new BookingBuilder().Id("unusual").Fixed(250_000m).Build(),
        ];
        Booking cancelled = new BookingBuilder().Id("cancelled").Cancelled().Build();

        UninvoicedBookingsResult result = Run([billed, .. waiting, cancelled], All with { IncludeCancelled = true });

        Assert.Equal([new Money(40m, "USD")], result.Totals);
        Assert.Equal(8, result.Count);
        Assert.Equal(waiting.Length, result.NeedsAttentionCount);
        UninvoicedBookingRow Row(string id) => result.Rows.Single(r => r.Booking.AppointmentId == id);
        Assert.True(Row("negative").Has(BookingRowWarnings.NegativePrice));
        Assert.True(Row("no-customer").Has(BookingRowWarnings.NoCustomer));
        Assert.True(Row("walk-in").Has(BookingRowWarnings.CustomerUnidentified));
        Assert.True(Row("backwards").Has(BookingRowWarnings.InvalidTimes));
        Assert.True(Row("unusual").Has(BookingRowWarnings.UnusualAmount));
        Assert.Equal(new Money(250_000m, "USD"), Row("unusual").LineAmount);
        Assert.All([.. waiting.Select(b => Row(b.AppointmentId)), Row("cancelled")], r => Assert.Null(r.Amount));
    }

    [Fact]
    public void Run_UnusualLimitFromTheRules_DecidesWhatWaitsForConfirmation()
    {
        Booking booking = new BookingBuilder().Fixed(600m).Build();
        var rules = new BillingRules { AmountCheck = new AmountCheck(500m) };

        UninvoicedBookingsResult strict = new UninvoicedBookingsQuery(CompletionPolicy.Default, rules).Run([booking], LedgerState.Empty, Directory, All, Now);

        Assert.Empty(strict.Totals);
        Assert.True(Assert.Single(strict.Rows).Has(BookingRowWarnings.UnusualAmount));
        Assert.Equal([new Money(600m, "USD")], Run([booking]).Totals);
    }

    [Fact]
    public void Run_FreeAndZeroPriced_AreLeftOffByDefaultAndCounted()
    {
        Booking free = new BookingBuilder().Id("free").Priced(BookingPriceType.Free).Build();
        Booking zero = new BookingBuilder().Id("zero").Fixed(0m).Build();
        Booking zeroHourly = new BookingBuilder().Id("zero-hourly").Hourly(0m).Build();
        Booking paid = new BookingBuilder().Id("paid").Fixed(30m).Build();

        UninvoicedBookingsResult hidden = Run([free, zero, zeroHourly, paid]);
        UninvoicedBookingsResult shown = Run([free, zero, zeroHourly, paid], All with { IncludeFree = true });

        Assert.Equal(["paid"], hidden.Rows.Select(r => r.Booking.AppointmentId));
        Assert.Equal(3, hidden.HiddenFreeCount);
        Assert.Equal(4, shown.Count);
        Assert.Equal(0, shown.HiddenFreeCount);
        Assert.All(shown.Rows.Where(r => r.Booking.AppointmentId != "paid"), r =>
        {
            Assert.True(r.Has(BookingRowWarnings.Free));
            Assert.Null(r.Amount);
            Assert.False(r.NeedsAttention);
        });
        Assert.Equal([new Money(30m, "USD")], shown.Totals);
    }

    [Fact]
    public void Run_FreeBookingMarkedAsInvoiced_NoLongerCounted()
    {
        Booking free = new BookingBuilder().Priced(BookingPriceType.Free).Build();
        LedgerState marked = new(InvoiceLedgerKey.AllFor(free).ToHashSet());

        UninvoicedBookingsResult result = Run([free], ledger: marked);

        Assert.Equal(0, result.HiddenFreeCount);
        Assert.Equal(1, result.CompletedCount);
    }

    [Fact]
    public void Run_Counts_TellNoBookingsFromAllDoneFromNotEndedYet()
    {
        Booking done = new BookingBuilder().Id("done").StartingAt(Now.AddHours(-3)).Build();
        Booking later = new BookingBuilder().Id("later").StartingAt(Now.AddHours(2)).Build();
        LedgerState invoiced = new(InvoiceLedgerKey.AllFor(done).ToHashSet());

        UninvoicedBookingsResult none = Run([]);
        UninvoicedBookingsResult allDone = Run([done, later], ledger: invoiced);

        Assert.Equal((0, 0), (none.CompletedCount, none.NotCompletedCount));
        Assert.Empty(allDone.Rows);
        Assert.Equal((1, 1), (allDone.CompletedCount, allDone.NotCompletedCount));
    }

    [Fact]
    public void Run_GroupBookingFirstCustomerPays_TotalFollowsTheRules()
    {
        Booking group = new BookingBuilder().Fixed(20m)
            .Customers(new BookingCustomer(null, "Walk-in", null, null), BookingBuilder.Customer("c2", "Bea", "bea@example.com"))
            .Build();
        var firstPays = new BillingRules { GroupBilling = GroupBookingBilling.FirstCustomerPaysAll };

        UninvoicedBookingsResult perAttendee = Run([group]);
        UninvoicedBookingsResult paidByFirst = new UninvoicedBookingsQuery(CompletionPolicy.Default, firstPays).Run([group], LedgerState.Empty, Directory, All, Now);

        // Per attendee, Bea's line is billed and the walk-in waits; when the walk-in pays for all, nothing is billed yet.
        Assert.Equal([new Money(20m, "USD")], perAttendee.Totals);
        Assert.Empty(paidByFirst.Totals);
        Assert.True(Assert.Single(paidByFirst.Rows).Has(BookingRowWarnings.CustomerUnidentified));
    }
}
