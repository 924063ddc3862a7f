using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Testing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

public sealed class DraftInvoiceRequestTests
{
    private static readonly DateOnly InvoiceDate = new(2026, 11, 24);

    // What the BC client is expected to use: camelCase, nulls left out.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Fact]
    public void From_LocalCurrencyDraft_MapsHeaderAndLinesWithoutCurrency()
    {
        DraftInvoice draft = Assert.Single(Plan([Haircut("a"), Haircut("b")]).Drafts);

        DraftInvoiceRequest request = DraftInvoiceRequest.From(draft, InvoiceDate);

        Assert.Equal("20000", request.CustomerNumber);
        Assert.Equal(draft.ExternalDocumentNumber, request.ExternalDocumentNumber);
        Assert.Equal(InvoiceDate, request.InvoiceDate);
        Assert.Null(request.CurrencyCode);
        Assert.Equal(
            [new DraftInvoiceLineRequest("Item", "SVC-HAIR", "Haircut - 23 Nov 2026 09:30", 1m, 40m),
             new DraftInvoiceLineRequest("Item", "SVC-HAIR", "Haircut - 23 Nov 2026 09:30", 1m, 40m)],
            request.SalesInvoiceLines);
    }

    [Fact]
    public void From_ForeignCurrencyDraft_SendsTheCurrencyCode()
    {
        InvoicingSettings settings = Settings with { Business = Salon with { CurrencyCode = "EUR" } };
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Resolved(AnnInBc with { CurrencyCode = "EUR" });

        DraftInvoiceRequest request = DraftInvoiceRequest.From(Assert.Single(Plan([Haircut()], customers, settings: settings).Drafts), InvoiceDate);

        Assert.Equal("EUR", request.CurrencyCode);
    }

    [Fact]
    public void From_CustomerStillToBeCreated_ThrowsUntilCreated()
    {
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.WillCreateFromTemplate("CUST-PERSON");
        DraftInvoice draft = Assert.Single(Plan([Haircut()], customers).Drafts);

        Assert.Throws<InvalidOperationException>(() => DraftInvoiceRequest.From(draft, InvoiceDate));
        DraftInvoiceRequest request = DraftInvoiceRequest.From(draft.WithCreatedCustomer(AnnInBc with { Number = "C-0042" }), InvoiceDate);

        Assert.Equal("C-0042", request.CustomerNumber);
        Assert.Equal(draft.ExternalDocumentNumber, request.ExternalDocumentNumber);
    }

    [Fact]
    public void From_SerializedCamelCase_EveryFieldIsABcApiV2Field()
    {
        DraftInvoiceRequest request = DraftInvoiceRequest.From(Assert.Single(Plan([Haircut()]).Drafts), InvoiceDate);
        JsonObject body = JsonSerializer.SerializeToNode(request, Json)!.AsObject();
        HashSet<string> headerFields = [.. Keys("salesInvoice.docs-example.json"), .. Keys("salesInvoice-deepinsert.request.json")];
        HashSet<string> lineFields = [.. Keys("salesInvoiceLine-create.request.json")];

        Assert.Superset(new HashSet<string> { "customerNumber", "externalDocumentNumber", "invoiceDate", "salesInvoiceLines" }, body.Select(p => p.Key).ToHashSet());
        Assert.Subset(headerFields, body.Select(p => p.Key).ToHashSet());
        JsonObject line = Assert.Single(body["salesInvoiceLines"]!.AsArray())!.AsObject();
        Assert.Equal(5, line.Count);
        Assert.Subset(lineFields, line.Select(p => p.Key).ToHashSet());
        Assert.Equal("2026-11-24", body["invoiceDate"]!.GetValue<string>());
        Assert.False(body.ContainsKey("currencyCode"));
    }

    private static IEnumerable<string> Keys(string fixture) =>
        JsonNode.Parse(File.ReadAllText(SharedPaths.Fixture("bc", fixture)))!.AsObject().Select(p => p.Key);
}
