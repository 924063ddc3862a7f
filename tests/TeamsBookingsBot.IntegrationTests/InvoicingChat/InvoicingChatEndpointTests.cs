using System.Text.Json.Nodes;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Teams.Invoicing;
using static TeamsBookingsBot.InvoicingChat.InvoiceCardJson;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>The invoicing buttons and "export audit log" through the real /api/messages endpoint of the whole app.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class InvoicingChatEndpointTests : IAsyncLifetime
{
    private static readonly TimeSpan PutTimeout = TimeSpan.FromSeconds(15);

    private InvoicingChatApp app = null!;

    public async Task InitializeAsync() => app = await InvoicingChatApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Preview_SomeTicked_PlansOnlyTheTickedOnesAndAnswersWithThePreviewCard()
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1", "a2", "a3");
        var data = new InvoicePreviewActionData(["a1", "a2", "a3"], list) { Query = query };

        (JsonObject response, _) = await app.InvokeAsync(data, new Dictionary<string, string>
        {
            [CardInputIds.SelectBooking("a2")] = "false",
            [CardInputIds.SelectBooking("a3")] = "true",
        });

        (InvoiceSelection selection, InvoicingActor actor) = Assert.Single(app.Invoicing.Previews);
        Assert.Equal(["a1", "a3"], selection.AppointmentIds);
        Assert.Equal(InvoiceSamples.BusinessId, selection.BusinessId);
        Assert.Equal(new InvoicingActor("aad-alex", "Alex Wilber", InvoicingChatApp.ConversationId, "tenant-1"), actor);
        JsonNode card = CardOf(response);
        JsonObject confirm = Button(card, "Confirm");
        Assert.Equal("Confirm — create 2 drafts", (string?)confirm["title"]);
        Assert.Equal(app.Invoicing.LastPreview.RunId, Guid.Parse((string)confirm["data"]!["runId"]!));
    }

    [Fact]
    public async Task Preview_TypedPrice_GoesToThePlannerAsAnOverride()
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1", "varies");
        var data = new InvoicePreviewActionData(["a1", "varies"], list) { Query = query };

        await app.InvokeAsync(data, new Dictionary<string, string> { [CardInputIds.PriceOverride("varies")] = "62.5" });

        InvoiceSelection selection = Assert.Single(app.Invoicing.Previews).Selection;
        Assert.Equal(62.5m, Assert.Single(selection.Adjustments.PriceOverrides, p => p.Key == "varies").Value);
    }

    [Fact]
    public async Task Preview_NoShowTicked_GoesToThePlannerAsANoShowWithFee()
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1", "a2");
        var data = new InvoicePreviewActionData(["a1", "a2"], list) { Query = query };

        await app.InvokeAsync(data, new Dictionary<string, string>
        {
            [CardInputIds.NoShowFee("a1")] = "true",
            [CardInputIds.NoShowFee("a2")] = "false",
        });

        InvoiceSelection selection = Assert.Single(app.Invoicing.Previews).Selection;
        Assert.Equal(["a1"], selection.Adjustments.NoShowWithFee);
    }

    [Fact]
    public async Task Preview_NothingTicked_AsksToTickAndPlansNothing()
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1");
        var data = new InvoicePreviewActionData(["a1"], list) { Query = query };

        (JsonObject response, _) = await app.InvokeAsync(data, new Dictionary<string, string> { [CardInputIds.SelectBooking("a1")] = "false" });

        Assert.Equal("Tick at least one booking, then press the button again.", MessageOf(response));
        Assert.Empty(app.Invoicing.Previews);
    }

    [Fact]
    public async Task Confirm_FastRun_AnswersWithTheResultCard()
    {
        InvoiceCreateActionData confirm = await PreviewThenConfirmDataAsync();

        (JsonObject response, _) = await app.InvokeAsync(confirm);

        JsonNode card = CardOf(response);
        Assert.Contains("Created 2 draft invoices", VisibleText(card), StringComparison.Ordinal);
        Assert.Contains("S-INV-1001", VisibleText(card), StringComparison.Ordinal);
        Assert.Equal(2, OfType(card, "Action.OpenUrl").Count());
        Assert.Equal(2, ExecuteActions(card).Count(a => (string?)a["verb"] == CardVerbs.InvoiceUndo));
        Assert.Equal(1, app.Invoicing.ConfirmCalls);
    }

    [Fact]
    public async Task Confirm_SlowRun_AnswersWithProgressAtOnceThenPutsTheResultOnTheSameMessage()
    {
        InvoiceCreateActionData confirm = await PreviewThenConfirmDataAsync();
        TimeSpan confirmWait = new InvoicingChatOptions().ConfirmWait;
        var businessCentral = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Invoicing.HoldConfirms = businessCentral;

        Task<(JsonObject Response, TimeSpan Took)> pressed = app.InvokeAsync(confirm);
        await app.Time.WaitForTimerAsync(confirmWait, PutTimeout); // the turn waits that long for Business Central
        app.Time.Advance(confirmWait);
        (JsonObject response, _) = await pressed;

        Assert.Contains("Creating 2 draft invoices in Business Central…", VisibleText(CardOf(response)), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Connector.Requests, r => r.Method == "PUT");
        // Business Central finishes a minute later, long after Teams drew the progress card.
        app.Time.Advance(TimeSpan.FromMinutes(1));
        businessCentral.SetResult();
        RecordedConnectorRequest put = await app.WaitForConnectorAsync(r => r.Method == "PUT", PutTimeout);
        Assert.Equal($"/v3/conversations/a%3Aconv-1/activities/{InvoicingChatApp.CardMessageId}", put.RawTarget);
        JsonNode card = put.Json["attachments"]![0]!["content"]!;
        Assert.Contains("Created 2 draft invoices", VisibleText(card), StringComparison.Ordinal);
        Assert.Equal(InvoicingChatApp.CardMessageId, (string?)put.Json["id"]);
    }

    [Fact]
    public async Task Confirm_PressedAgainWithANewActivity_ConfirmsAgainAndSaysNothingNewWasCreated()
    {
        InvoiceCreateActionData confirm = await PreviewThenConfirmDataAsync();
        await app.InvokeAsync(confirm, activityId: "press-1");

        (JsonObject response, _) = await app.InvokeAsync(confirm, activityId: "press-2");

        Assert.Equal(2, app.Invoicing.ConfirmCalls);
        Assert.Contains(InvoiceResultCard.AlreadyCompletedNote, VisibleText(CardOf(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_RedeliveredInvoke_IsAnsweredFromTheReceiptWithoutConfirmingAgain()
    {
        InvoiceCreateActionData confirm = await PreviewThenConfirmDataAsync();
        (JsonObject first, _) = await app.InvokeAsync(confirm, activityId: "press-1");

        (JsonObject again, _) = await app.InvokeAsync(confirm, activityId: "press-1");

        Assert.Equal(1, app.Invoicing.ConfirmCalls);
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task Undo_PostedMeanwhile_RefusesInPlainWords()
    {
        InvoiceCreateActionData confirm = await PreviewThenConfirmDataAsync();
        await app.InvokeAsync(confirm);
        app.Invoicing.UndoOutcomes[InvoiceSamples.InvoiceId(1)] = new UndoResult.NotDraft("S-INV-1001", "Open");

        (JsonObject response, _) = await app.InvokeAsync(new UndoInvoiceActionData(InvoiceSamples.InvoiceId(1), confirm.RunId));

        Assert.Equal("Invoice S-INV-1001 was posted in Business Central meanwhile, so I can't delete it.", MessageOf(response));
    }

    [Fact]
    public async Task Undo_Draft_RedrawsTheResultWithThatDraftUndone()
    {
        InvoiceCreateActionData confirm = await PreviewThenConfirmDataAsync();
        await app.InvokeAsync(confirm);
        app.Invoicing.UndoOutcomes[InvoiceSamples.InvoiceId(1)] = new UndoResult.Undone("S-INV-1001", ["a1"]);

        (JsonObject response, _) = await app.InvokeAsync(
            new UndoInvoiceActionData(InvoiceSamples.InvoiceId(1), confirm.RunId) { Query = InvoiceSamples.Query });

        JsonNode card = CardOf(response);
        Assert.Contains(InvoiceResultCard.UndoneNote, VisibleText(card), StringComparison.Ordinal);
        JsonObject remaining = Assert.Single(ExecuteActions(card), a => (string?)a["verb"] == CardVerbs.InvoiceUndo);
        Assert.Equal(InvoiceSamples.InvoiceId(2), Guid.Parse((string)remaining["data"]!["invoiceId"]!));
        Assert.DoesNotContain(InvoiceResultCard.AlreadyCompletedNote, VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvoiceAll_List_PlansEveryUninvoicedCompletedBookingAndCreatesTheDrafts()
    {
        app.Bookings.Bookings.AddRange(
        [
            InvoiceSamples.Booking("b-9am", 9), InvoiceSamples.Booking("b-10am", 10), InvoiceSamples.Booking("b-excluded", 11),
            InvoiceSamples.Booking("b-invoiced", 12), InvoiceSamples.Booking("b-other-day", 30),
        ]);
        app.Ledger.Blocked.UnionWith(InvoiceLedgerKey.AllFor(InvoiceSamples.Booking("b-excluded", 11)));
        app.Ledger.Blocked.Add(InvoiceLedgerKey.AllFor(InvoiceSamples.Booking("b-invoiced", 12))[0]);

        (Guid list, BookingListQuery query) = await app.ListShownAsync();

        (JsonObject response, _) = await app.InvokeAsync(new InvoiceAllActionData(query, list));

        InvoiceSelection selection = Assert.Single(app.Invoicing.Previews).Selection;
        Assert.Equal(["b-9am", "b-10am"], selection.AppointmentIds);
        Assert.Equal(1, app.Invoicing.ConfirmCalls);
        Assert.Contains("Created 2 draft invoices", VisibleText(CardOf(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkInvoiced_Ticked_MarksThemAndShowsTheListAgain()
    {
        (_, BookingListQuery query) = await app.ListShownAsync("a1", "a2", "a3");

        (JsonObject response, _) = await app.InvokeAsync(
            new MarkInvoicedActionData(["a1", "a2", "a3"], query),
            new Dictionary<string, string> { [CardInputIds.SelectBooking("a3")] = "false" });

        var call = Assert.Single(app.Invoicing.LedgerCalls);
        Assert.Equal(("mark", InvoiceSamples.BusinessId), (call.Kind, call.BusinessId));
        Assert.Equal(["a1", "a2"], call.Ids);
        Assert.NotNull(CardOf(response)); // the pressed list card is replaced by the list as it is now
    }

    [Fact]
    public async Task Exclude_WithReasonAndAConflict_PassesTheReasonAndSaysNothingChanged()
    {
        var taken = new LedgerEntry.Excluded(new InvoiceLedgerKey(InvoiceSamples.BusinessId, "a1", "-"), "aad-x", DateTimeOffset.UnixEpoch, "No-show");
        app.Invoicing.LedgerChangeOutcome = new LedgerChange.Conflict([taken]);

        (JsonObject response, _) = await app.InvokeAsync(
            new ExcludeActionData(["a1"], (await app.ListShownAsync("a1")).Query),
            new Dictionary<string, string> { [CardInputIds.ExcludeReason] = "  No-show, forgiven  " });

        Assert.Equal("No-show, forgiven", Assert.Single(app.Invoicing.LedgerCalls).Reason);
        Assert.StartsWith("Nothing changed: 1 booking is already invoiced", MessageOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAudit_LastMonthInPersonalChat_SendsTheCsvOfThatMonth()
    {
        DateTimeOffset october = new(2026, 10, 15, 12, 0, 0, TimeSpan.Zero);
        await app.Audit.WriteAsync(new AuditEntry(october, "aad-alex", "invoice.confirm", "tenant-1", InvoicingChatApp.ConversationId, InvoiceSamples.BusinessId,
            "Created S-INV-1001, S-INV-1002"), CancellationToken.None);
        await app.Audit.WriteAsync(new AuditEntry(october.AddHours(1), "aad-alex", "bookings.exclude", "tenant-1", InvoicingChatApp.ConversationId, null,
            "=HYPERLINK(\"http://x\")"), CancellationToken.None);

        await app.SendTextAsync("export audit log last month");

        RecordedConnectorRequest post = await app.WaitForConnectorAsync(r => r.Method == "POST", PutTimeout);
        string text = (string)post.Json["text"]!;
        Assert.Contains(AuditCsvMessage.Header + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("2026-10-15T12:00:00Z,aad-alex,,invoice.confirm,a:conv-1,salon@contoso.com,\"Created S-INV-1001, S-INV-1002\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",bookings.exclude,a:conv-1,,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", text, StringComparison.Ordinal);
        (string tenant, DateTimeOffset from, DateTimeOffset to) = Assert.Single(app.Audit.Queries);
        Assert.Equal("tenant-1", tenant);
        Assert.Equal(1, from.Day);
        Assert.Equal(1, to.Day);
        Assert.True(from < october && october < to);
    }

    [Fact]
    public async Task ExportAudit_InAChannel_RefusesAndReadsNothing()
    {
        await app.SendTextAsync("export audit log", conversationType: "channel");

        RecordedConnectorRequest post = await app.WaitForConnectorAsync(r => r.Method == "POST", PutTimeout);
        Assert.Contains("only export it in a 1:1 chat", (string)post.Json["text"]!, StringComparison.Ordinal);
        Assert.Empty(app.Audit.Queries);
    }

    private async Task<InvoiceCreateActionData> PreviewThenConfirmDataAsync()
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1", "a2");
        (JsonObject response, _) = await app.InvokeAsync(new InvoicePreviewActionData(["a1", "a2"], list) { Query = query });
        JsonObject data = Button(CardOf(response), "Confirm")["data"]!.AsObject();
        using var document = System.Text.Json.JsonDocument.Parse(data.ToJsonString());
        Assert.True(CardActionParser.TryParse(document.RootElement, out CardActionRequest? request));
        return Assert.IsType<InvoiceCreateActionData>(request.Data);
    }

    private static JsonNode CardOf(JsonObject response)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        return response["value"]!;
    }

    private static string? MessageOf(JsonObject response)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        return (string?)response["value"];
    }
}
