using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class InvoicePlannerProblemTests
{
    [Fact]
    public void Plan_NoCustomerOnBooking_NoCustomerProblem()
    {
        Booking booking = Haircut() with { Customers = [] };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        Assert.Equal(PlanProblemKind.NoCustomer, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Plan_UnmappedService_ProblemWithNameSuggestion()
    {
        Booking booking = Haircut() with { ServiceId = "svc-new", ServiceName = "  haircut " };

        InvoicePlan plan = Plan([booking]);

        Assert.Empty(plan.Drafts);
        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.UnmappedService, problem.Kind);
        Assert.Equal([HaircutItem], problem.ItemSuggestions);
        Assert.Contains("SVC-HAIR", problem.WhatToDo, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnmappedServiceWithUnknownPrice_BothProblemsAtOnce()
    {
        Booking booking = Haircut() with { ServiceId = null, PriceType = BookingPriceType.PriceVaries };

        InvoicePlan plan = Plan([booking]);

        Assert.Equal([PlanProblemKind.PriceNeeded, PlanProblemKind.UnmappedService], plan.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void Plan_CustomerNotFound_ProblemNamesTheEmail()
    {
        var customers = new Dictionary<string, CustomerResolution>
        {
            [InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.NotFound(Ann.Email, Ann.Name),
        };

        InvoicePlan plan = Plan([Haircut()], customers);

        Assert.Empty(plan.Drafts);
        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.CustomerNotFound, problem.Kind);
        Assert.Contains("Ann.Lee@example.com", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Ann, problem.Customer);
    }

    [Fact]
    public void Plan_CustomerMissingFromResolutions_TreatedAsNotFound()
    {
        InvoicePlan plan = Plan([Haircut()], new Dictionary<string, CustomerResolution>());

        Assert.Equal(PlanProblemKind.CustomerNotFound, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Plan_AmbiguousCustomer_ProblemCarriesCandidates()
    {
        BcCustomerRef other = AnnInBc with { Id = Guid.NewGuid(), Number = "20010", DisplayName = "Ann Lee (old)" };
        var customers = new Dictionary<string, CustomerResolution>
        {
            [InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Ambiguous([AnnInBc, other]),
        };

        InvoicePlan plan = Plan([Haircut()], customers);

        PlanProblem problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.CustomerAmbiguous, problem.Kind);
        Assert.Equal([AnnInBc, other], problem.CustomerCandidates);
        Assert.Equal([InvoiceLedgerKey.For(Haircut(), Ann)], problem.LedgerKeys);
    }

    [Fact]
    public void Plan_BlockedCustomer_Problem()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Resolved(AnnInBc with { Blocked = true });

        InvoicePlan plan = Plan([Haircut()], customers);

        Assert.Empty(plan.Drafts);
        Assert.Equal(PlanProblemKind.CustomerBlocked, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Plan_OneAttendeeUnresolved_OthersStillBilled()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers.Remove(InvoiceLedgerKey.CustomerKeyOf(Bob));

        InvoicePlan plan = Plan([Haircut("appt-yoga", Ann, Bob)], customers);

        Assert.Equal(Bob, Assert.Single(plan.Problems).Customer);
        Assert.Equal(AnnInBc, ((InvoiceCustomer.Existing)Assert.Single(plan.Drafts).Customer).Customer);
    }

    [Fact]
    public void Plan_WillCreateFromTemplate_DraftForNewCustomerAfterExistingOnes()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Cat)] = new CustomerResolution.WillCreateFromTemplate("CUST-PERSON");

        InvoicePlan plan = Plan([Haircut("appt-cat", Cat), Haircut("appt-ann", Ann)], customers);

        Assert.Equal(2, plan.Drafts.Count);
        var created = Assert.IsType<InvoiceCustomer.FromTemplate>(plan.Drafts[1].Customer);
        Assert.Equal("CUST-PERSON", created.TemplateCode);
        Assert.Equal(Cat, created.Source);
        Assert.True(ExternalDocumentNumber.IsOurs(plan.Drafts[1].ExternalDocumentNumber));
    }

    [Fact]
    public void Plan_TemplateInOtherCurrency_CurrencyMismatch()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.WillCreateFromTemplate("CUST-EU", "EUR");

        Assert.Equal(PlanProblemKind.CurrencyMismatch, Assert.Single(Plan([Haircut()], customers).Problems).Kind);
    }

    [Fact]
    public void ServiceMapping_NameSuggestions_ExactBeforeContainsOnlyServiceItems()
    {
        BcItemRef exact = new(Guid.NewGuid(), "S2", "HAIRCUT", "Service");
        BcItemRef longer = new(Guid.NewGuid(), "S1", "Haircut deluxe", "Service");
        BcItemRef inventory = new(Guid.NewGuid(), "I1", "Haircut", "Inventory");
        BcItemRef unrelated = new(Guid.NewGuid(), "S3", "Massage", "Service");
        var mapping = new ServiceMapping(new Dictionary<string, string>(), [longer, inventory, unrelated, exact]);

        var match = Assert.IsType<ServiceMatch.Unmapped>(mapping.Find("svc-x", "Haircut"));

        Assert.Equal([exact, longer], match.Suggestions);
    }

    [Fact]
    public void ServiceMapping_MappedId_ReturnsItemNumber()
    {
        Assert.Equal(new ServiceMatch.Mapped("SVC-HAIR"), Services.Find("svc-haircut", "anything"));
    }
}
