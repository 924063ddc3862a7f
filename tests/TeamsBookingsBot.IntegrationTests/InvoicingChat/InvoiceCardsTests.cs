using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.InvoicingChat.InvoiceCardJson;

namespace TeamsBookingsBot.InvoicingChat;

public sealed class InvoiceCardsTests
{
    private static InvoicePreviewCardModel PreviewModel(InvoicePreview preview, InvoicePlanAdjustments? adjustments = null) =>
        new(preview, InvoiceSamples.Zone, ["appt-1-0", "appt-varies", "appt-nocust"], adjustments ?? InvoicePlanAdjustments.None, InvoiceSamples.Query);

    [Fact]
    public void PreviewCard_TwoDrafts_ShowsLinesTotalsAndConfirmForTheRun()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 2, linesPerDraft: 2);

        JsonObject card = Of(InvoicePreviewCard.Build(PreviewModel(preview)));

        string text = VisibleText(card);
        Assert.Contains("Ann Lee (C10001)", text, StringComparison.Ordinal);
        Assert.Contains("USD 90.00", text, StringComparison.Ordinal);
        Assert.Contains("1 × 45.00 = 45.00", text, StringComparison.Ordinal);
        Assert.Contains("Total: USD 180.00", text, StringComparison.Ordinal);
        Assert.Contains("Times are in Pacific Time.", text, StringComparison.Ordinal);
        JsonObject confirm = Button(card, "Confirm");
        Assert.Equal("Confirm — create 2 drafts", (string?)confirm["title"]);
        Assert.Equal(CardVerbs.InvoiceCreate, (string?)confirm["verb"]);
        Assert.Equal(preview.RunId, Guid.Parse((string)confirm["data"]!["runId"]!));
        Assert.Equal(2, (int)confirm["data"]!["draftCount"]!);
        Assert.Equal(InvoiceSamples.BusinessId, (string?)confirm["data"]!["query"]!["businessId"]);
        Assert.Equal(CardVerbs.ShowPage, (string?)Button(card, "Back")["verb"]);
    }

    [Fact]
    public void PreviewCard_PriceNeeded_HasANumberInputAndUpdatePreviewKeepingTheTypedPrice()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 1, linesPerDraft: 1, withProblems: true, withSkipped: true);
        var adjustments = new InvoicePlanAdjustments { PriceOverrides = new Dictionary<string, decimal> { ["appt-varies"] = 60m } };

        JsonObject card = Of(InvoicePreviewCard.Build(PreviewModel(preview, adjustments)));

        JsonObject input = Assert.Single(OfType(card, "Input.Number"));
        Assert.Equal(CardInputIds.PriceOverride("appt-varies"), (string?)input["id"]);
        Assert.Equal(60m, (decimal)input["value"]!);
        Assert.Equal(0m, (decimal)input["min"]!);
        JsonObject update = Button(card, "Update preview");
        Assert.Equal(CardVerbs.InvoicePreview, (string?)update["verb"]);
        Assert.Equal(["appt-1-0", "appt-varies", "appt-nocust"], update["data"]!["appointmentIds"]!.AsArray().Select(n => (string)n!));
        string text = VisibleText(card);
        Assert.Contains("Needs your attention (2)", text, StringComparison.Ordinal);
        Assert.Contains("Add the customer to the booking in Bookings", text, StringComparison.Ordinal);
        Assert.Contains("Left out (2)", text, StringComparison.Ordinal);
        Assert.True(text.Contains("Mon 23 Nov 11:00 · Consultation · Ann Lee\n — Free service: nothing to bill.", StringComparison.Ordinal), text);
    }

    [Fact]
    public void PreviewCard_OnlyProblems_HasNoConfirm()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 0, linesPerDraft: 0, withProblems: true);

        JsonObject card = Of(InvoicePreviewCard.Build(PreviewModel(preview)));

        Assert.DoesNotContain(ExecuteActions(card), a => ((string?)a["title"])!.StartsWith("Confirm", StringComparison.Ordinal));
        Assert.Contains("Nothing to invoice yet", VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void PreviewCard_FortyDraftsOfTenLinesWithLongNames_StaysUnder28KbAndSummarisesTheRest()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 40, linesPerDraft: 10, withProblems: true, withSkipped: true,
            customerName: "Anneliese Catherine Montgomery-Fitzgerald von Hohenzollern-Sigmaringen Ltd");

        AdaptiveCard card = InvoicePreviewCard.Build(PreviewModel(preview));

        Assert.True(card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, $"{card.SizeInBytes} bytes");
        JsonObject json = Of(card);
        Assert.Contains("Total: USD 18,000.00", VisibleText(json), StringComparison.Ordinal);
        Assert.Contains(" · 10 lines", VisibleText(json), StringComparison.Ordinal);
        Assert.Equal(40, Button(json, "Confirm")["data"]!["draftCount"]!.GetValue<int>());
        Assert.Single(OfType(json, "Input.Number")); // the actionable input survives the trimming
    }

    [Fact]
    public void PreviewCard_TwentyDraftsOfTenLines_ShowsSomeLinesAndCountsTheRest()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 20, linesPerDraft: 10);

        AdaptiveCard card = InvoicePreviewCard.Build(PreviewModel(preview));

        string text = VisibleText(Of(card));
        Assert.True(card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, $"{card.SizeInBytes} bytes");
        Assert.Contains(" · 10 lines, +", text, StringComparison.Ordinal);
        Assert.Contains("• Haircut and colour", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressCard_SaysHowManyAndHasNoButtons()
    {
        JsonObject card = Of(InvoiceProgressCard.Build(12));

        Assert.Contains("Creating 12 draft invoices in Business Central…", VisibleText(card), StringComparison.Ordinal);
        Assert.Empty(ExecuteActions(card));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void ResultCard_CreatedDrafts_HaveNumberAmountOpenAndUndo()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 3, linesPerDraft: 2);
        InvoiceRunResult result = InvoiceSamples.Result(preview, failed: 1);

        JsonObject card = Of(InvoiceResultCard.Build(new InvoiceResultCardModel(result, InvoiceSamples.Zone, InvoiceSamples.Query)));

        string text = VisibleText(card);
        Assert.Contains("Created 2 draft invoices", text, StringComparison.Ordinal);
        Assert.Contains("S-INV-1001", text, StringComparison.Ordinal);
        Assert.Contains("USD 90.00", text, StringComparison.Ordinal);
        Assert.Contains("Not created (1)", text, StringComparison.Ordinal);
        Assert.Contains("Unblock the customer in Business Central", text, StringComparison.Ordinal);
        JsonObject[] open = [.. OfType(card, "Action.OpenUrl")];
        Assert.Equal(2, open.Length);
        Assert.Equal(result.Created[0].WebLink.AbsoluteUri, (string?)open[0]["url"]);
        JsonObject[] undo = [.. ExecuteActions(card).Where(a => (string?)a["verb"] == CardVerbs.InvoiceUndo)];
        Assert.Equal(2, undo.Length);
        Assert.Equal(InvoiceSamples.InvoiceId(1), Guid.Parse((string)undo[0]["data"]!["invoiceId"]!));
        Assert.Equal(result.RunId, Guid.Parse((string)undo[0]["data"]!["runId"]!));
        Assert.DoesNotContain(InvoiceResultCard.AlreadyCompletedNote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultCard_AlreadyCompletedAndOneUndone_SaysSoAndDropsItsButtons()
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts: 2, linesPerDraft: 1);
        InvoiceRunResult result = InvoiceSamples.Result(preview, alreadyCompleted: true);

        JsonObject card = Of(InvoiceResultCard.Build(new InvoiceResultCardModel(
            result, InvoiceSamples.Zone, new HashSet<Guid> { InvoiceSamples.InvoiceId(1) }, InvoiceSamples.Query)));

        string text = VisibleText(card);
        Assert.Contains(InvoiceResultCard.AlreadyCompletedNote, text, StringComparison.Ordinal);
        Assert.Contains(InvoiceResultCard.UndoneNote, text, StringComparison.Ordinal);
        Assert.Contains("Total: USD 45.00", text, StringComparison.Ordinal); // the undone draft no longer counts
        JsonObject undo = Assert.Single(ExecuteActions(card), a => (string?)a["verb"] == CardVerbs.InvoiceUndo);
        Assert.Equal(InvoiceSamples.InvoiceId(2), Guid.Parse((string)undo["data"]!["invoiceId"]!));
        Assert.Equal([InvoiceSamples.InvoiceId(1).ToString()], undo["data"]!["undone"]!.AsArray().Select(n => (string)n!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(60)]
    public void ResultCard_AnyRunSize_FitsAndNoActionsArrayHoldsMoreThanSix(int drafts)
    {
        InvoicePreview preview = InvoiceSamples.Preview(drafts, linesPerDraft: 10, withProblems: true, withSkipped: true,
            customerName: "Anneliese Catherine Montgomery-Fitzgerald von Hohenzollern-Sigmaringen Ltd");

        AdaptiveCard card = InvoiceResultCard.Build(new InvoiceResultCardModel(
            InvoiceSamples.Result(preview, failed: drafts > 1 ? 1 : 0), InvoiceSamples.Zone, InvoiceSamples.Query));

        Assert.True(card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, $"{card.SizeInBytes} bytes");
        Assert.All(Objects(card.ToJsonObject()).Where(o => o["actions"] is JsonArray),
            o => Assert.True(o["actions"]!.AsArray().Count <= 6));
        Assert.Contains(ExecuteActions(card.ToJsonObject()), a => (string?)a["verb"] == CardVerbs.InvoiceUndo);
    }

    [Fact]
    public void ActionData_NewFields_RoundTripThroughTheParser()
    {
        var undo = new UndoInvoiceActionData(InvoiceSamples.InvoiceId(1), Guid.NewGuid())
        {
            Undone = [InvoiceSamples.InvoiceId(2)],
            Query = InvoiceSamples.Query,
        };
        var create = new InvoiceCreateActionData(["a"], Guid.NewGuid()) { DraftCount = 3, Query = InvoiceSamples.Query };
        var preview = new InvoicePreviewActionData(["a"], Guid.NewGuid()) { Query = InvoiceSamples.Query };

        foreach (CardActionData data in new CardActionData[] { undo, create, preview })
        {
            using var document = System.Text.Json.JsonDocument.Parse(data.ToJsonObject().ToJsonString());
            Assert.True(CardActionParser.TryParse(document.RootElement, out CardActionRequest? request));
            Assert.Equal(data, request.Data);
            Assert.Empty(request.Inputs);
        }
    }
}
