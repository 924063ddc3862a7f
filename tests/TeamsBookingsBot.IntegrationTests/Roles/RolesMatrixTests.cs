using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.InvoicingChat;
using static TeamsBookingsBot.InvoicingChat.InvoiceCardJson;

namespace TeamsBookingsBot.Roles;

/// <summary>
/// Admin, invoicer, member and someone of another tenant × every button and typed command, through the real endpoint.
/// Every card is made by the admin in tenant 1 and then pressed by the person: the data on it is "replayed" by everyone
/// else. Alex is admin from configuration (<c>Bot:Admins</c>), Megan was made invoicer, Adele is a member, Eve is of tenant 2.
/// </summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class RolesMatrixTests : IAsyncLifetime
{
    private const string Refusal = "You can't do that here yet";

    private static readonly string[] Actions =
        ["help", "sync status", "list page", "preview", "confirm", "invoice all", "mark", "exclude", "undo", "people", "change role",
         "typed list", "typed help", "typed sync status", "typed export", "typed people"];

    private InvoicingChatApp app = null!;

    public static TheoryData<string> People() => ["admin", "invoicer", "member", "other tenant"];

    public async Task InitializeAsync()
    {
        app = await InvoicingChatApp.StartAsync(new Dictionary<string, string> { ["Bot:Admins:0"] = ChatUser.Alex.AadObjectId });
        await app.Services.GetRequiredService<ITenantRoleStore>().ChangeRoleAsync(
            new TenantRoleChange("tenant-1", ChatUser.Megan.AadObjectId, ChatUser.Megan.Name, TenantRole.Invoicer, ChatUser.Alex.AadObjectId), default);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [MemberData(nameof(People))]
    public async Task EveryAction_IsAllowedOrRefusedByRole_AndReplayedCardsOfAnotherTenantAreRefused(string who)
    {
        ChatUser user = who switch { "admin" => ChatUser.Alex, "invoicer" => ChatUser.Megan, "member" => ChatUser.Adele, _ => ChatUser.Eve };
        Func<string, RoleOutcome> expected = who switch
        {
            "admin" => _ => RoleOutcome.Ran,
            "invoicer" => a => a.EndsWith("people", StringComparison.Ordinal) || a == "change role" ? RoleOutcome.RoleRefused : RoleOutcome.Ran,
            "member" => a => IsForAnyone(a) ? RoleOutcome.Ran : RoleOutcome.RoleRefused,
            _ => OtherTenant,
        };
        Dictionary<string, Func<Task<RoleOutcome>>> press = await CardsMadeByTheAdminAsync(user);

        var outcomes = new Dictionary<string, RoleOutcome>();
        foreach (string action in Actions)
        {
            int changesBefore = Changes();
            outcomes[action] = await press[action]();
            if (outcomes[action] != RoleOutcome.Ran)
            {
                Assert.True(changesBefore == Changes(), $"{action} was refused to the {who} but reached invoicing");
            }
        }

        Assert.Equal(Actions.ToDictionary(a => a, expected), outcomes);
    }

    [Fact]
    public async Task Refusal_NamesTheTenantsAdminsAsTyped()
    {
        await app.SendTextAsync("help", from: ChatUser.Alex with { Name = "<b>Alex</b> **W**" });

        RoleOutcome outcome = await TypedAsync("export audit log", ChatUser.Adele);
        JsonNode card = LastPost()["attachments"]![0]!["content"]!;

        Assert.Equal(RoleOutcome.RoleRefused, outcome);
        Assert.Contains("Only invoicers can export the audit log.", VisibleText(card), StringComparison.Ordinal);
        Assert.Contains("• <b>Alex</b> **W**", VisibleText(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", VisibleText(card), StringComparison.Ordinal);
    }

    private static bool IsForAnyone(string action) => action is "help" or "sync status" or "list page" or "typed list" or "typed help" or "typed sync status";

    // Eve's own tenant has no admin (Bot:Admins names the admins), so she is a member there; cards of tenant 1 are not hers.
    private static RoleOutcome OtherTenant(string action) => action switch
    {
        "list page" or "preview" or "confirm" or "invoice all" or "mark" or "exclude" or "undo" => RoleOutcome.NotFromThisChat,
        _ when IsForAnyone(action) => RoleOutcome.Ran,
        _ => RoleOutcome.RoleRefused,
    };

    private async Task<Dictionary<string, Func<Task<RoleOutcome>>>> CardsMadeByTheAdminAsync(ChatUser user)
    {
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1", "a2", "a3", "a4");
        (JsonObject preview, _) = await app.InvokeAsync(new InvoicePreviewActionData(["a1", "a2"], list) { Query = query });
        JsonObject confirmJson = Button(preview["value"]!, "Confirm")["data"]!.AsObject();
        using var document = System.Text.Json.JsonDocument.Parse(confirmJson.ToJsonString());
        Assert.True(CardActionParser.TryParse(document.RootElement, out CardActionRequest? request));
        var confirm = (InvoiceCreateActionData)request.Data;
        await app.InvokeAsync(confirm);
        app.Invoicing.UndoOutcomes[InvoiceSamples.InvoiceId(1)] = new Application.Invoicing.UndoResult.Undone("S-INV-1001", ["a1"]);
        return new()
        {
            ["help"] = () => PressAsync(new HelpActionData(), user),
            ["sync status"] = () => PressAsync(new SyncStatusActionData(), user),
            ["list page"] = () => PressAsync(new ShowPageActionData(query), user),
            ["preview"] = () => PressAsync(new InvoicePreviewActionData(["a1"], list) { Query = query }, user),
            ["confirm"] = () => PressAsync(confirm, user),
            ["invoice all"] = () => PressAsync(new InvoiceAllActionData(query, list), user),
            ["mark"] = () => PressAsync(new MarkInvoicedActionData(["a3"], query), user),
            ["exclude"] = () => PressAsync(new ExcludeActionData(["a4"], query), user),
            ["undo"] = () => PressAsync(new UndoInvoiceActionData(InvoiceSamples.InvoiceId(1), confirm.RunId) { Query = query }, user),
            ["people"] = () => PressAsync(new PeopleActionData(), user),
            ["change role"] = () => PressAsync(new ChangeRoleActionData(ChatUser.Adele.AadObjectId, TenantRole.Admin) { MemberId = ChatUser.Adele.Id }, user),
            ["typed list"] = () => TypedAsync("show uninvoiced bookings", user),
            ["typed help"] = () => TypedAsync("help", user),
            ["typed sync status"] = () => TypedAsync("sync status", user),
            ["typed export"] = () => TypedAsync("export audit log", user),
            ["typed people"] = () => TypedAsync("people", user),
        };
    }

    private async Task<RoleOutcome> PressAsync(CardActionData data, ChatUser user)
    {
        (JsonObject response, _) = await app.InvokeAsync(data, from: user);
        if ((string?)response["type"] == "application/vnd.microsoft.activity.message" && ((string?)response["value"])!.StartsWith("Only ", StringComparison.Ordinal))
        {
            Assert.Contains(Refusal, VisibleText(LastPost()["attachments"]![0]!["content"]!), StringComparison.Ordinal);
            return RoleOutcome.RoleRefused;
        }
        return (string?)response["type"] == "application/vnd.microsoft.card.adaptive"
            && VisibleText(response["value"]!).Contains("This card is from another chat", StringComparison.Ordinal)
            ? RoleOutcome.NotFromThisChat
            : RoleOutcome.Ran;
    }

    private async Task<RoleOutcome> TypedAsync(string text, ChatUser user)
    {
        int before = app.Connector.Requests.Count;
        await app.SendTextAsync(text, from: user);
        RecordedConnectorRequest reply = await app.WaitForConnectorAsync(
            r => r.Method == "POST" && IndexOf(r) >= before, TimeSpan.FromSeconds(15));
        return reply.Json["attachments"]?[0]?["content"] is { } card && VisibleText(card).Contains(Refusal, StringComparison.Ordinal)
            ? RoleOutcome.RoleRefused
            : RoleOutcome.Ran;
    }

    private int IndexOf(RecordedConnectorRequest request) =>
        app.Connector.Requests.Select((r, i) => (r, i)).First(x => ReferenceEquals(x.r, request)).i;

    private JsonObject LastPost() => app.Connector.Requests.Last(r => r.Method == "POST").Json.AsObject();

    // Anything a refused action could have changed: previews planned, runs confirmed, ledger changes, undos, audit reads.
    private int Changes() =>
        app.Invoicing.Previews.Count + app.Invoicing.ConfirmCalls + app.Invoicing.LedgerCalls.Count + app.Invoicing.Undos.Count + app.Audit.Queries.Count;
}
