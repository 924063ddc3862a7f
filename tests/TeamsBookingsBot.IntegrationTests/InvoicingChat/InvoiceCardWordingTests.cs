using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.InvoicingChat.InvoiceCardJson;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>The preview and result cards say what is true and what the user can do next.</summary>
public sealed class InvoiceCardWordingTests
{
    private static string PreviewText(InvoicePreview preview) => VisibleText(Of(InvoicePreviewCard.Build(
        new InvoicePreviewCardModel(preview, InvoiceSamples.Zone, ["appt-varies", "appt-nocust"], InvoicePlanAdjustments.None, InvoiceSamples.Query))));

    [Fact]
    public void PreviewCard_NoDraftsButAPriceToType_SaysToTypeItNotThatDraftsCanBeCreated()
    {
        string text = PreviewText(InvoiceSamples.Preview(drafts: 0, linesPerDraft: 0, withProblems: true));

        Assert.DoesNotContain("drafts above", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm", text, StringComparison.Ordinal);
        Assert.Contains("No draft can be created yet.", text, StringComparison.Ordinal);
        Assert.Contains("type the amount below and press Update preview", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PreviewCard_NoDraftsAndNothingToTypeHere_SaysToFixThemAndPreviewAgain()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 0, linesPerDraft: 0, withProblems: true);
        preview = preview with { Plan = preview.Plan with { Problems = [.. preview.Plan.Problems.Where(p => p.Kind == PlanProblemKind.NoCustomer)] } };

        string text = PreviewText(preview);

        Assert.DoesNotContain("drafts above", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Update preview", text, StringComparison.Ordinal);
        Assert.Contains("No draft can be created yet. Fix these as described, then preview again.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PreviewCard_DraftsAndProblems_SaysTheDraftsCanBeCreatedNow()
    {
        string text = PreviewText(InvoiceSamples.Preview(drafts: 2, linesPerDraft: 1, withProblems: true));

        Assert.Contains("the drafts above can be created now", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 0, "Created 3 draft invoices")]
    [InlineData(7, 1, "Created 7 draft invoices, 1 undone")]
    [InlineData(3, 2, "Created 3 draft invoices, 2 undone")]
    [InlineData(2, 2, "Created 2 draft invoices, all undone")]
    [InlineData(1, 1, "Created 1 draft invoice, undone")]
    public void ResultCard_SomeUndone_TitleAndFallbackSayHowMany(int created, int undone, string title)
    {
        InvoiceRunResult result = InvoiceSamples.Result(InvoiceSamples.Preview(drafts: created, linesPerDraft: 1));
        HashSet<Guid> undoneIds = [.. Enumerable.Range(1, undone).Select(InvoiceSamples.InvoiceId)];

        JsonObject card = Of(InvoiceResultCard.Build(new InvoiceResultCardModel(result, InvoiceSamples.Zone, undoneIds, InvoiceSamples.Query)));

        Assert.Equal(title, (string?)OfType(card, "TextBlock").First()["text"]);
        Assert.StartsWith(title, (string?)card["fallbackText"], StringComparison.Ordinal);
    }
}
