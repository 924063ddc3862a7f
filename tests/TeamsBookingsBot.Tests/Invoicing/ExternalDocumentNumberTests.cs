using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class ExternalDocumentNumberTests
{
    [Fact]
    public void ForCustomer_SameInputs_SameNumberWithinBcText35()
    {
        string first = ExternalDocumentNumber.ForCustomer("run-1", BusinessId, "20000");
        string again = ExternalDocumentNumber.ForCustomer("run-1", "SALON@contoso.com", " 20000 ");

        Assert.Equal(first, again);
        Assert.Equal(ExternalDocumentNumber.Length, first.Length);
        Assert.True(first.Length <= ExternalDocumentNumber.MaxLength);
        Assert.Matches("^TBB-[A-Z2-7]{24}$", first);
        Assert.True(ExternalDocumentNumber.IsOurs(first));
    }

    [Fact]
    public void ForCustomer_KnownInput_StableAcrossReleases()
    {
        // Pinned: a change here would orphan drafts created by earlier versions during reconciliation.
        // Same as Python: "TBB-" + base64.b32encode(sha256(b"run-1\nsalon@contoso.com\nC:20000").digest()[:15]).
        Assert.Equal("TBB-BLLJMOWK2RLGE76WORNQUKDA", ExternalDocumentNumber.ForCustomer("run-1", BusinessId, "20000"));
    }

    [Fact]
    public void ForCustomer_DifferentRunCustomerOrBusiness_DifferentNumbers()
    {
        string[] numbers =
        [
            ExternalDocumentNumber.ForCustomer("run-1", BusinessId, "20000"),
            ExternalDocumentNumber.ForCustomer("run-2", BusinessId, "20000"),
            ExternalDocumentNumber.ForCustomer("run-1", BusinessId, "10000"),
            ExternalDocumentNumber.ForCustomer("run-1", "clinic@contoso.com", "20000"),
            ExternalDocumentNumber.ForNewCustomer("run-1", BusinessId, "20000"),
        ];

        Assert.Equal(numbers.Length, numbers.Distinct().Count());
    }

    [Fact]
    public void Plan_SameRunTwice_SameExternalDocumentNumbers()
    {
        InvoicePlan first = Plan([Haircut("a", Ann), Haircut("b", Bob)]);
        InvoicePlan second = Plan([Haircut("a", Ann), Haircut("b", Bob)]);
        InvoicePlan otherRun = Plan([Haircut("a", Ann), Haircut("b", Bob)], runKey: "run-other");

        Assert.Equal(first.Drafts.Select(d => d.ExternalDocumentNumber), second.Drafts.Select(d => d.ExternalDocumentNumber));
        Assert.Empty(first.Drafts.Select(d => d.ExternalDocumentNumber).Intersect(otherRun.Drafts.Select(d => d.ExternalDocumentNumber)));
        Assert.Equal(ExternalDocumentNumber.ForCustomer(RunKey, BusinessId, "20000"), first.Drafts[0].ExternalDocumentNumber); // Ann Lee, 20000
    }

    [Theory]
    [InlineData("")]
    [InlineData("PO-12345")]
    [InlineData("TBB-2QZFXR3ZL5LKCX4Z2G2T6NF1")]
    [InlineData("TBB-2QZFXR3ZL5LKCX4Z2G2T6NF")]
    public void IsOurs_TypedByPeople_False(string number) => Assert.False(ExternalDocumentNumber.IsOurs(number));
}
