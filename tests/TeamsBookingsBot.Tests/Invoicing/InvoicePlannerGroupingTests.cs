using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicePlannerGroupingTests
{
    [Fact]
    public void Plan_TwoBookingsSameCustomer_OneDraftTwoLinesInStartOrder()
    {
        Booking later = Haircut("appt-later") with { StartUtc = Haircut().StartUtc.AddHours(3), EndUtc = Haircut().EndUtc.AddHours(3) };
        Booking earlier = Haircut("appt-earlier");

        InvoicePlan plan = Plan([later, earlier]);

        DraftInvoice draft = Assert.Single(plan.Drafts);
        Assert.Equal(["appt-earlier", "appt-later"], draft.Lines.Select(l => l.AppointmentId));
        Assert.Equal(new Money(80m, "USD"), draft.Total);
        Assert.Equal(AnnInBc, Assert.IsType<InvoiceCustomer.Existing>(draft.Customer).Customer);
        Assert.Equal(2, draft.LedgerKeys.Count);
    }

    [Fact]
    public void Plan_TwoCustomers_TwoDraftsOrderedByCustomerName()
    {
        InvoicePlan plan = Plan([Haircut("appt-bob", Bob), Haircut("appt-ann", Ann)]);

        // Ann Lee (20000), then Bob Roe (10000): by name, not by number.
        Assert.Equal(["20000", "10000"], plan.Drafts.Select(d => ((InvoiceCustomer.Existing)d.Customer).Customer.Number));
        Assert.NotEqual(plan.Drafts[0].ExternalDocumentNumber, plan.Drafts[1].ExternalDocumentNumber);
    }

    [Fact]
    public void Plan_TwoBookingsCustomersResolvingToSameBcCustomer_OneDraft()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Cat)] = new CustomerResolution.Resolved(AnnInBc);

        InvoicePlan plan = Plan([Haircut("appt-1", Ann), Haircut("appt-2", Cat)], customers);

        Assert.Equal(2, Assert.Single(plan.Drafts).Lines.Count);
    }

    [Fact]
    public void Plan_GroupBookingPerAttendee_OneLineOnEachAttendeesInvoice()
    {
        Booking yoga = Haircut("appt-yoga", Ann, Bob, Cat);

        InvoicePlan plan = Plan([yoga]);

        Assert.Equal(3, plan.Drafts.Count);
        Assert.All(plan.Drafts, d => Assert.Single(d.Lines));
        Assert.Equal(
            [InvoiceLedgerKey.For(yoga, Ann), InvoiceLedgerKey.For(yoga, Bob), InvoiceLedgerKey.For(yoga, Cat)],
            plan.Drafts.SelectMany(d => d.LedgerKeys));
        Assert.Equal("Haircut - 23 Nov 2026 09:30", plan.Drafts[0].Lines[0].Description);
    }

    [Fact]
    public void Plan_GroupBookingFirstCustomerPaysAll_OneDraftOneNamedLinePerAttendee()
    {
        Booking yoga = Haircut("appt-yoga", Bob, Ann, Cat);
        InvoicingSettings settings = Settings with { GroupBilling = GroupBookingBilling.FirstCustomerPaysAll };

        InvoicePlan plan = Plan([yoga], settings: settings);

        DraftInvoice draft = Assert.Single(plan.Drafts);
        Assert.Equal(BobInBc, ((InvoiceCustomer.Existing)draft.Customer).Customer);
        Assert.Equal(
            ["Haircut - 23 Nov 2026 09:30 (Bob Roe)", "Haircut - 23 Nov 2026 09:30 (Ann Lee)", "Haircut - 23 Nov 2026 09:30 (Cat Poe)"],
            draft.Lines.Select(l => l.Description));
        Assert.All(draft.Lines, l => Assert.Equal(1m, l.Quantity));
        Assert.Equal(new Money(120m, "USD"), draft.Total);
        Assert.Equal(3, draft.LedgerKeys.Distinct().Count());
    }

    [Fact]
    public void Plan_FirstCustomerPaysAll_OtherAttendeesNeedNoBcCustomer()
    {
        var customers = new Dictionary<string, CustomerResolution>
        {
            [InvoiceLedgerKey.CustomerKeyOf(Bob)] = new CustomerResolution.Resolved(BobInBc),
        };
        InvoicingSettings settings = Settings with { GroupBilling = GroupBookingBilling.FirstCustomerPaysAll };

        InvoicePlan plan = Plan([Haircut("appt-yoga", Bob, Ann)], customers, settings: settings);

        Assert.Empty(plan.Problems);
        Assert.Equal(2, Assert.Single(plan.Drafts).Lines.Count);
    }

    [Fact]
    public void Plan_SameAttendeeListedTwice_BilledOnce()
    {
        InvoicePlan plan = Plan([Haircut("appt-1", Ann, Ann with { Email = "ANN.LEE@example.com" })]);

        Assert.Single(Assert.Single(plan.Drafts).Lines);
    }

    [Fact]
    public void Plan_WinterStart_DescriptionInPacificStandardTime()
    {
        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([Haircut()]).Drafts).Lines);

        Assert.Equal("Haircut - 23 Nov 2026 09:30", line.Description);
    }

    [Fact]
    public void Plan_SummerStart_DescriptionInPacificDaylightTime()
    {
        // 16:30 UTC is 09:30 PDT (UTC-7) in July; a fixed UTC-8 offset would say 08:30.
        var start = new DateTimeOffset(2026, 7, 15, 16, 30, 0, TimeSpan.Zero);
        Booking booking = Haircut() with { StartUtc = start, EndUtc = start.AddHours(1) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking]).Drafts).Lines);

        Assert.Equal("Haircut - 15 Jul 2026 09:30", line.Description);
    }

    [Fact]
    public void Plan_IanaTimeZoneId_SameDescription()
    {
        InvoicingSettings settings = Settings with { Business = Salon with { TimeZoneId = "America/Los_Angeles" } };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([Haircut()], settings: settings).Drafts).Lines);

        Assert.Equal("Haircut - 23 Nov 2026 09:30", line.Description);
    }

    [Fact]
    public void Plan_LongServiceName_DescriptionTruncatedTo100KeepingTheDate()
    {
        // The leading "X" puts an emoji's high surrogate exactly where the name must be cut.
        Booking booking = Haircut() with { ServiceName = "X" + string.Concat(Enumerable.Repeat("Colour 🎨 ", 20)) };

        DraftInvoiceLine line = Assert.Single(Assert.Single(Plan([booking]).Drafts).Lines);

        Assert.Equal(99, line.Description.Length);
        Assert.EndsWith("… - 23 Nov 2026 09:30", line.Description, StringComparison.Ordinal);
        Assert.True(IsWellFormed(line.Description));
    }

    [Fact]
    public void Plan_CustomerInOtherCurrency_CurrencyMismatchProblemNoConversion()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Resolved(AnnInBc with { CurrencyCode = "EUR" });

        InvoicePlan plan = Plan([Haircut()], customers);

        Assert.Empty(plan.Drafts);
        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.CurrencyMismatch, problem.Kind);
        Assert.Contains("USD", problem.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ForeignCurrencyBusinessAndCustomer_DraftInThatCurrencyNotLocal()
    {
        InvoicingSettings settings = Settings with { Business = Salon with { CurrencyCode = "EUR" } };
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Resolved(AnnInBc with { CurrencyCode = "eur" });

        DraftInvoice draft = Assert.Single(Plan([Haircut()], customers, settings: settings).Drafts);

        Assert.Equal("EUR", draft.CurrencyCode);
        Assert.False(draft.IsLocalCurrency);
        Assert.Equal(new Money(40m, "EUR"), draft.Total);
    }

    [Fact]
    public void Plan_EmptyCustomerCurrency_MeansCompanyLcy()
    {
        DraftInvoice draft = Assert.Single(Plan([Haircut()]).Drafts);

        Assert.Equal("USD", draft.CurrencyCode);
        Assert.True(draft.IsLocalCurrency);
    }

    [Fact]
    public void Plan_BookingOfAnotherBusiness_Throws()
    {
        Booking booking = Haircut() with { BusinessId = "clinic@contoso.com" };

        Assert.Throws<ArgumentException>(() => Plan([booking]));
    }

    [Fact]
    public void Plan_SameInputInAnyOrder_SamePlan()
    {
        Booking[] bookings = [Haircut("a", Ann), Haircut("b", Bob), Haircut("c", Cat, Ann)];

        InvoicePlan forward = Plan(bookings);
        InvoicePlan backward = Plan([.. bookings.Reverse()]);

        Assert.Equal(Flatten(forward), Flatten(backward));
    }

    private static List<string> Flatten(InvoicePlan plan) =>
        [.. plan.Drafts.SelectMany(d => d.Lines.Select(l => $"{d.ExternalDocumentNumber}|{l.AppointmentId}|{l.LedgerKeys[0].CustomerKey}"))];

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
