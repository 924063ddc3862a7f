using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.QueryDomain;

public sealed class UninvoicedBookingsQueryTests
{
    private const string Salon = "salon@contoso.com";
    private const string Spa = "spa@fabrikam.de";

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 6, 30, 0, TimeSpan.Zero);

    private static readonly BookingsDirectory Directory = new(
        [new BookingsBusiness(Salon, "Contoso Salon", "Pacific Standard Time", "USD"),
         new BookingsBusiness(Spa, "Fabrikam Spa", "W. Europe Standard Time", "EUR")],
        new Dictionary<string, string> { ["staff-anna"] = "Anna Svensson", ["staff-ben"] = "Ben Okafor" });

    private static readonly UninvoicedBookingsCriteria All = new();

    private static UninvoicedBookingsResult Run(
        IReadOnlyList<Booking> bookings, LedgerState? ledger = null, UninvoicedBookingsCriteria? criteria = null,
        CompletionPolicy? policy = null, DateTimeOffset? now = null) =>
        new UninvoicedBookingsQuery(policy ?? CompletionPolicy.Default)
            .Run(bookings, ledger ?? LedgerState.Empty, Directory, criteria ?? All, now ?? Now);

    private static LedgerState Ledger(IEnumerable<InvoiceLedgerKey>? invoiced = null) => new(new HashSet<InvoiceLedgerKey>(invoiced ?? []));

    [Fact]
    public void Run_EndedExactlyNow_IsListed()
    {
        Booking booking = new BookingBuilder().StartingAt(Now.AddHours(-1)).Build();

        Assert.Single(Run([booking]).Rows);
    }

    [Fact]
    public void Run_NotYetEnded_IsNotListed()
    {
        Booking booking = new BookingBuilder().StartingAt(Now.AddMinutes(-30)).Build();

        Assert.Empty(Run([booking]).Rows);
    }

    [Fact]
    public void Run_EndedWithinGrace_IsNotListedUntilGracePasses()
    {
        Booking booking = new BookingBuilder().StartingAt(Now.AddMinutes(-70)).Build(); // ended 10 min ago
        CompletionPolicy grace = new(CompletionRule.EndedAfterGrace, TimeSpan.FromMinutes(15));

        Assert.Empty(Run([booking], policy: grace).Rows);
        Assert.Single(Run([booking], policy: grace, now: Now.AddMinutes(5)).Rows);
    }

    [Fact]
    public void Run_BusinessCentralRule_ListsStartedButUnfinishedBooking()
    {
        Booking running = new BookingBuilder().StartingAt(Now.AddMinutes(-30)).Build();
        Booking future = new BookingBuilder().StartingAt(Now.AddMinutes(1)).Build();
        CompletionPolicy bc = new(CompletionRule.StartedBeforeNow, TimeSpan.FromHours(5));

        UninvoicedBookingsResult result = Run([running, future], policy: bc);

        Assert.Equal(running.AppointmentId, Assert.Single(result.Rows).Booking.AppointmentId);
    }

    [Fact]
    public void CompletionOptions_ToPolicy_CarriesRuleAndGrace()
    {
        CompletionPolicy policy = new CompletionOptions { Rule = CompletionRule.StartedBeforeNow, Grace = TimeSpan.FromMinutes(5) }.ToPolicy();

        Assert.Equal(CompletionRule.StartedBeforeNow, policy.Rule);
        Assert.Equal(TimeSpan.FromMinutes(5), policy.Grace);
    }

    [Fact]
    public void CompletionPolicy_NegativeGrace_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompletionPolicy(CompletionRule.EndedAfterGrace, TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void Run_CancelledBooking_IsListedOnlyWhenAskedWithWarning()
    {
        Booking cancelled = new BookingBuilder().Cancelled().Build();

        Assert.Empty(Run([cancelled]).Rows);
        UninvoicedBookingRow row = Assert.Single(Run([cancelled], criteria: All with { IncludeCancelled = true }).Rows);
        Assert.True(row.Has(BookingRowWarnings.Cancelled));
    }

    [Fact]
    public void Run_ExcludedOrMarkedAppointment_IsNotListed()
    {
        Booking booking = new BookingBuilder().Build();

        Assert.Empty(Run([booking], Ledger(invoiced: InvoiceLedgerKey.AllFor(booking))).Rows);
    }

    [Fact]
    public void Run_InvoicedSingleCustomer_IsNotListed()
    {
        Booking booking = new BookingBuilder().Build();

        Assert.Empty(Run([booking], Ledger(invoiced: [InvoiceLedgerKey.For(booking, booking.Customers[0])])).Rows);
    }

    [Fact]
    public void Run_InvoicedUnderAnotherBusiness_StaysListed()
    {
        Booking booking = new BookingBuilder().Build();
        InvoiceLedgerKey elsewhere = InvoiceLedgerKey.For(booking, booking.Customers[0]) with { BusinessId = Spa };

        Assert.Single(Run([booking], Ledger(invoiced: [elsewhere])).Rows);
    }

    [Fact]
    public void Run_GroupBooking_AmountCountsEachAttendee()
    {
        Booking group = new BookingBuilder().Fixed(20m)
            .Customers(BookingBuilder.Customer("c1", "Ann"), BookingBuilder.Customer("c2", "Bea"), BookingBuilder.Customer("c3", "Cy"))
            .Build();

        UninvoicedBookingsResult result = Run([group]);

        UninvoicedBookingRow row = Assert.Single(result.Rows);
        Assert.Equal(new Money(20m, "USD"), row.LineAmount);
        Assert.Equal(new Money(60m, "USD"), row.Amount);
        Assert.Equal([new Money(60m, "USD")], result.Totals);
    }

    [Fact]
    public void Run_PartlyInvoicedGroup_StaysListedForTheRest()
    {
        Booking group = new BookingBuilder().Fixed(20m)
            .Customers(BookingBuilder.Customer("c1", "Ann"), BookingBuilder.Customer("c2", "Bea"), BookingBuilder.Customer("c3", "Cy"))
            .Build();
        LedgerState ledger = Ledger(invoiced: [InvoiceLedgerKey.For(group, group.Customers[1])]);

        UninvoicedBookingRow row = Assert.Single(Run([group], ledger).Rows);

        Assert.True(row.Has(BookingRowWarnings.PartiallyInvoiced));
        Assert.Equal(new Money(40m, "USD"), row.Amount);
        Assert.Equal(["c1", "c3"], row.UninvoicedKeys.Select(k => k.CustomerKey));
    }

    [Fact]
    public void Run_FullyInvoicedGroup_IsNotListed()
    {
        Booking group = new BookingBuilder()
            .Customers(BookingBuilder.Customer("c1", "Ann"), new BookingCustomer(null, "Walk-in", "WALK@in.com", null))
            .Build();
        LedgerState ledger = Ledger(invoiced: [new InvoiceLedgerKey(Salon, group.AppointmentId, "c1"), new InvoiceLedgerKey(Salon, group.AppointmentId, "walk@in.com")]);

        Assert.Empty(Run([group], ledger).Rows);
    }

    [Fact]
    public void Run_PriceTypes_AmountFollowsTheInvoiceLine()
    {
        DateTimeOffset start = new(2026, 11, 20, 17, 0, 0, TimeSpan.Zero);
        Booking hourly = new BookingBuilder().Id("a-hourly").StartingAt(start).Lasting(TimeSpan.FromMinutes(90)).Hourly(80m).Build();
        Booking fixedShort = new BookingBuilder().Id("b-fixed").StartingAt(start).Lasting(TimeSpan.FromMinutes(30)).Fixed(10m).Build();
        Booking free = new BookingBuilder().Id("c-free").StartingAt(start).Priced(BookingPriceType.Free).Build();
        Booking varies = new BookingBuilder().Id("d-varies").StartingAt(start).Priced(BookingPriceType.PriceVaries).Build();
        Booking callUs = new BookingBuilder().Id("e-callus").StartingAt(start).Priced(BookingPriceType.CallUs).Build();

        // Free bookings are left off the list by default (issue 8, point 7); asked for, they bill nothing.
        UninvoicedBookingsResult result = Run([hourly, fixedShort, free, varies, callUs]);
        UninvoicedBookingRow freeRow = Assert.Single(Run([free], criteria: All with { IncludeFree = true }).Rows);

        Assert.Equal(1, result.HiddenFreeCount);
        Assert.Null(freeRow.Amount);
        Assert.True(freeRow.Has(BookingRowWarnings.Free));
        Assert.Equal([120m, 10m], result.Rows.Take(2).Select(r => r.Amount!.Value.Amount));
        Assert.Null(result.Rows[2].Amount);
        Assert.True(result.Rows[2].Has(BookingRowWarnings.PriceNeeded | BookingRowWarnings.PriceVaries));
        Assert.True(result.Rows[3].Has(BookingRowWarnings.PriceNeeded));
        Assert.False(result.Rows[3].Has(BookingRowWarnings.PriceVaries));
        Assert.Equal(2, result.PriceNeededCount);
        Assert.Equal([new Money(130m, "USD")], result.Totals);
    }

    [Fact]
    public void Run_TwoCurrencies_TotalsPerCurrency()
    {
        Booking usd1 = new BookingBuilder().Fixed(40m).Build();
        Booking usd2 = new BookingBuilder().Hourly(30m).Lasting(TimeSpan.FromMinutes(20)).Build();
        Booking eur = new BookingBuilder().Business(Spa).Fixed(55.5m).Build();

        UninvoicedBookingsResult result = Run([usd1, usd2, eur]);

        Assert.Equal([new Money(55.5m, "EUR"), new Money(50m, "USD")], result.Totals);
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void Run_UnconfiguredBusiness_FlaggedAndLeftOutOfTotals()
    {
        Booking stray = new BookingBuilder().Business("other@contoso.com").Build();

        UninvoicedBookingsResult result = Run([stray]);

        Assert.True(Assert.Single(result.Rows).Has(BookingRowWarnings.CurrencyUnknown));
        Assert.Empty(result.Totals);
    }

    [Fact]
    public void Run_NoCustomer_FlaggedWithPlaceholderKey()
    {
        Booking booking = new BookingBuilder().Customers().Build();

        UninvoicedBookingRow row = Assert.Single(Run([booking]).Rows);

        Assert.True(row.Has(BookingRowWarnings.NoCustomer));
        Assert.Equal(InvoiceLedgerKey.NoCustomerKey, Assert.Single(row.UninvoicedKeys).CustomerKey);
    }

    [Fact]
    public void Run_DateRange_IncludesStartExcludesEnd()
    {
        DateTimeOffset from = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        Booking atFrom = new BookingBuilder().StartingAt(from).Build();
        Booking atTo = new BookingBuilder().StartingAt(from.AddDays(1)).Build();
        Booking before = new BookingBuilder().StartingAt(from.AddTicks(-1)).Build();
        UninvoicedBookingsCriteria criteria = All with { Range = new DateRange(from, from.AddDays(1), "20 Nov") };

        UninvoicedBookingsResult result = Run([atFrom, atTo, before], criteria: criteria);

        Assert.Equal(atFrom.AppointmentId, Assert.Single(result.Rows).Booking.AppointmentId);
    }

    [Fact]
    public void Run_YesterdayForPacificUser_UsesTheirCalendarDay()
    {
        // 23:30 on Sun 22 Nov in Los Angeles is already Monday in UTC.
        Booking lateSunday = new BookingBuilder().StartingAt(new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero)).Lasting(TimeSpan.FromMinutes(20)).Build();
        Booking mondayMorning = new BookingBuilder().StartingAt(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero)).Build();
        TimeZoneInfo pacific = TimeZoneResolver.ResolveFirst("America/Los_Angeles");
        var command = (ChatCommand.ShowUninvoiced)ChatCommandParser.Parse("uninvoiced yesterday", Now, pacific);

        UninvoicedBookingsResult result = Run([lateSunday, mondayMorning], criteria: All with { Range = command.Range });

        Assert.Equal(lateSunday.AppointmentId, Assert.Single(result.Rows).Booking.AppointmentId);
    }

    [Theory]
    [InlineData("contoso", 1)]
    [InlineData("BOB", 1)]
    [InlineData("bob@contoso.com", 1)]
    [InlineData("BOB@CONTOSO.COM", 1)]
    [InlineData("bob@contoso", 0)]
    [InlineData("jose", 1)]
    [InlineData("nobody", 0)]
    public void Run_CustomerFilter_NameContainsOrEmailEquals(string customer, int expected)
    {
        Booking bob = new BookingBuilder().Build();
        Booking jose = new BookingBuilder().Customers(new BookingCustomer("c9", "José Álvarez", "jose@fabrikam.com", null)).Build();
        Booking both = new BookingBuilder().Customers().Build();

        UninvoicedBookingsResult result = Run([bob, jose, both], criteria: All with { Filter = new BookingFilter(Customer: customer) });

        Assert.Equal(expected, result.Count);
    }

    [Theory]
    [InlineData("hair", "cut")]
    [InlineData("svc-colour", "colour")]
    [InlineData("COLOUR", "colour")]
    public void Run_ServiceFilter_NameContainsOrIdEquals(string service, string expectedId)
    {
        Booking cut = new BookingBuilder().Id("cut").Service("Haircut", "svc-haircut").Build();
        Booking colour = new BookingBuilder().Id("colour").Service("Colour & style", "svc-colour").Build();

        UninvoicedBookingsResult result = Run([cut, colour], criteria: All with { Filter = new BookingFilter(Service: service) });

        Assert.Equal(expectedId, Assert.Single(result.Rows).Booking.AppointmentId);
    }

    [Theory]
    [InlineData("staff-ben", "ben")]
    [InlineData("anna", "anna")]
    [InlineData("Svensson", "anna")]
    public void Run_StaffFilter_IdOrNameFromDirectory(string staff, string expectedId)
    {
        Booking anna = new BookingBuilder().Id("anna").Staff("staff-anna").Build();
        Booking ben = new BookingBuilder().Id("ben").Staff("staff-ben").Build();

        UninvoicedBookingsResult result = Run([anna, ben], criteria: All with { Filter = new BookingFilter(Staff: staff) });

        Assert.Equal(expectedId, Assert.Single(result.Rows).Booking.AppointmentId);
    }

    [Fact]
    public void Run_CombinedFilters_AllMustMatch()
    {
        Booking match = new BookingBuilder().Id("match").Service("Haircut").Staff("staff-anna").Build();
        Booking otherStaff = new BookingBuilder().Id("other").Service("Haircut").Staff("staff-ben").Build();

        UninvoicedBookingsResult result = Run([match, otherStaff], criteria: All with { Filter = new BookingFilter("bob", "hair", "anna") });

        Assert.Equal("match", Assert.Single(result.Rows).Booking.AppointmentId);
        Assert.Equal(new BookingFilter("bob", "hair", "anna"), result.Criteria.Filter);
    }

    [Fact]
    public void Run_Rows_OrderedByStart()
    {
        DateTimeOffset start = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
        Booking third = new BookingBuilder().StartingAt(start.AddDays(2)).Build();
        Booking first = new BookingBuilder().StartingAt(start).Build();
        Booking second = new BookingBuilder().StartingAt(start.AddDays(1)).Build();

        UninvoicedBookingsResult result = Run([third, first, second]);

        Assert.Equal([first.AppointmentId, second.AppointmentId, third.AppointmentId], result.Rows.Select(r => r.Booking.AppointmentId));
    }

    [Fact]
    public void Run_SixtyRows_PagesOfTwentyFiveWithTotalsOverAll()
    {
        DateTimeOffset start = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        Booking[] bookings = Enumerable.Range(0, 60).Select(i => new BookingBuilder().StartingAt(start.AddHours(i)).Fixed(10m).Build()).ToArray();

        UninvoicedBookingsResult first = Run(bookings);
        UninvoicedBookingsResult last = Run(bookings, criteria: All with { PageIndex = 2 });
        UninvoicedBookingsResult beyond = Run(bookings, criteria: All with { PageIndex = 7 });

        Assert.Equal(25, first.Rows.Count);
        Assert.Equal(3, first.TotalPages);
        Assert.True(first.HasNextPage);
        Assert.Equal(10, last.Rows.Count);
        Assert.False(last.HasNextPage);
        Assert.Equal(bookings[50].AppointmentId, last.Rows[0].Booking.AppointmentId);
        Assert.Equal(2, beyond.PageIndex);
        Assert.Equal([new Money(600m, "USD")], first.Totals);
        Assert.Equal(60, last.Count);
    }

    [Fact]
    public void Run_Nothing_OneEmptyPage()
    {
        UninvoicedBookingsResult result = Run([]);

        Assert.Empty(result.Rows);
        Assert.Equal(1, result.TotalPages);
        Assert.Empty(result.Totals);
    }

    [Fact]
    public async Task Run_WithLedgerFromLookupPort_HidesInvoicedAndExcluded()
    {
        Booking invoiced = new BookingBuilder().Id("invoiced").Build();
        Booking excluded = new BookingBuilder().Id("excluded").Build();
        Booking open = new BookingBuilder().Id("open").Build();
        InMemoryInvoicedBookingsLookup lookup = new();
        lookup.Invoice(InvoiceLedgerKey.For(invoiced, invoiced.Customers[0]));
        lookup.Exclude(InvoiceLedgerKey.For(excluded, excluded.Customers[0]));
        lookup.Exclude(InvoiceLedgerKey.For(open, open.Customers[0]) with { BusinessId = Spa }); // same id in another business must not hide it

        LedgerState state = await lookup.GetStateAsync(Salon, ["invoiced", "excluded", "open"], CancellationToken.None);
        UninvoicedBookingsResult result = Run([invoiced, excluded, open], state);

        Assert.Equal("open", Assert.Single(result.Rows).Booking.AppointmentId);
    }

    [Theory]
    [InlineData("cust-1", "Bob@Contoso.com", "cust-1")]
    [InlineData(null, " Bob@Contoso.COM ", "bob@contoso.com")]
    [InlineData("", "", "-")]
    [InlineData(null, null, "-")]
    public void LedgerKey_CustomerKey_IdThenEmailThenDash(string? id, string? email, string expected)
    {
        Assert.Equal(expected, InvoiceLedgerKey.CustomerKeyOf(new BookingCustomer(id, "Bob", email, null)));
    }

    [Fact]
    public void InvoiceLinePricing_TwentyMinutesHourly_RoundsLikeBusinessCentral()
    {
        Booking booking = new BookingBuilder().Hourly(100m).Lasting(TimeSpan.FromMinutes(20)).Build();

        var line = Assert.IsType<LinePrice.Known>(InvoiceLinePricing.For(booking));

        Assert.Equal(0.33333m, line.Quantity);
        Assert.Equal(33.33m, line.Amount);
    }
}
