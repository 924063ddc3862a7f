using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Testing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// The POST salesInvoices body the bot really sends: a planned draft, mapped as DraftSender maps it
/// (<see cref="BusinessCentralRefs.ToBusinessCentral"/>), written by the BC client's invoice writer and serialized
/// with the client's JSON options.
/// </summary>
public sealed class SalesInvoiceRequestTests
{
    private static readonly DateOnly InvoiceDate = new(2026, 11, 24);

    private static JsonObject Body(DraftInvoice draft, string customerNumber = "20000")
    {
        BcDraftInvoice invoice = draft.ToBusinessCentral(customerNumber, InvoiceDate);
        SalesInvoiceCreateDto body = BusinessCentralInvoiceWriter.Header(invoice, [.. invoice.Lines.Select(SalesInvoiceLineCreateDto.From)]);
        return JsonSerializer.SerializeToNode(body, BusinessCentralJson.Options)!.AsObject();
    }

    [Fact]
    public void LocalCurrencyDraft_SendsHeaderAndLinesWithoutCurrency()
    {
        DraftInvoice draft = Assert.Single(Plan([Haircut("a"), Haircut("b")]).Drafts);

        JsonObject body = Body(draft);

        Assert.Equal("20000", (string?)body["customerNumber"]);
        Assert.Equal(draft.ExternalDocumentNumber, (string?)body["externalDocumentNumber"]);
        Assert.Equal("2026-11-24", (string?)body["invoiceDate"]);
        Assert.False(body.ContainsKey("currencyCode"));
        JsonArray lines = body["salesInvoiceLines"]!.AsArray();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"lineType":"Item","lineObjectNumber":"SVC-HAIR","description":"Haircut - 23 Nov 2026 09:30","quantity":1,"unitPrice":40}"""),
            line)));
    }

    [Fact]
    public void ForeignCurrencyDraft_SendsTheCurrencyCode()
    {
        InvoicingSettings settings = Settings with { Business = Salon with { CurrencyCode = "EUR" } };
        Dictionary<string, CustomerResolution> customers = AllResolved();
        customers[InvoiceLedgerKey.CustomerKeyOf(Ann)] = new CustomerResolution.Resolved(AnnInBc with { CurrencyCode = "EUR" });

        JsonObject body = Body(Assert.Single(Plan([Haircut()], customers, settings: settings).Drafts));

        Assert.Equal("EUR", (string?)body["currencyCode"]);
    }

    [Fact]
    public void EveryFieldSent_IsABcApiV2Field()
    {
        JsonObject body = Body(Assert.Single(Plan([Haircut()]).Drafts));
        HashSet<string> headerFields = [.. Keys("salesInvoice.docs-example.json"), .. Keys("salesInvoice-deepinsert.request.json")];
        HashSet<string> lineFields = [.. Keys("salesInvoiceLine-create.request.json")];

        Assert.Subset(headerFields, body.Select(p => p.Key).ToHashSet());
        JsonObject line = Assert.Single(body["salesInvoiceLines"]!.AsArray())!.AsObject();
        Assert.Equal(5, line.Count);
        Assert.Subset(lineFields, line.Select(p => p.Key).ToHashSet());
    }

    private static IEnumerable<string> Keys(string fixture) =>
        JsonNode.Parse(File.ReadAllText(SharedPaths.Fixture("bc", fixture)))!.AsObject().Select(p => p.Key);
}
