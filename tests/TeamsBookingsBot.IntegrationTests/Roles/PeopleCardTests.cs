using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.InvoicingChat;
using static TeamsBookingsBot.InvoicingChat.InvoiceCardJson;

namespace TeamsBookingsBot.Roles;

/// <summary>
/// The people card and the @mention commands through the real endpoint, against a fake Connector that serves the
/// conversation's members in two pages and single member lookups. Alex is admin from Bot:Admins unless a test says otherwise.
/// </summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class PeopleCardTests : IAsyncLifetime
{
    private InvoicingChatApp app = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task People_ShowsEveryPageOfMembersWithTheirRoles()
    {
        await StartAsync(configuredAdmin: true);

        JsonNode card = await TypedCardAsync("people", ChatUser.Alex);

        string text = VisibleText(card);
        Assert.Contains("Alex Wilber", text, StringComparison.Ordinal);
        Assert.Contains(" · Admin (named in the bot's configuration)", text, StringComparison.Ordinal);
        Assert.Contains("Adele Vance", text, StringComparison.Ordinal); // the second page
        Assert.Equal(2, ExecuteActions(card).Count(a => (string?)a["title"] == "Make invoicer"));
        Assert.Contains(app.Connector.Requests, r => r.RawTarget.EndsWith("/pagedmembers?pageSize=100&continuationToken=page-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MakeInvoicer_FromTheCard_GivesTheRole_Audited_AndTheNewInvoicerMayPreview()
    {
        await StartAsync(configuredAdmin: true);
        JsonNode card = await TypedCardAsync("people", ChatUser.Alex);
        JsonObject makeMegan = MakeInvoicerButtonOf(card, "aad-megan");

        (JsonObject response, _) = await app.InvokeAsync(Parse(makeMegan), from: ChatUser.Alex);

        Assert.Contains("Megan Bowen is now an invoicer.", VisibleText(response["value"]!), StringComparison.Ordinal);
        Assert.Equal(TenantRole.Invoicer, await RoleOfAsync("aad-megan"));
        Assert.Contains(app.Audit.Entries, e => e.Action == "role.changed" && e.ActorAadObjectId == "aad-alex" && e.Details.Contains("aad-megan", StringComparison.Ordinal));
        (Guid list, BookingListQuery query) = await app.ListShownAsync("a1");
        await app.InvokeAsync(new InvoicePreviewActionData(["a1"], list) { Query = query }, from: ChatUser.Megan);
        Assert.Single(app.Invoicing.Previews);
    }

    [Fact]
    public async Task ForgedButton_NamingSomeoneElseOrSomeoneNotHere_GivesNoRole()
    {
        await StartAsync(configuredAdmin: true);

        (JsonObject swapped, _) = await app.InvokeAsync(new ChangeRoleActionData("aad-eve", TenantRole.Admin) { MemberId = "29:user-megan" }, from: ChatUser.Alex);
        (JsonObject ghost, _) = await app.InvokeAsync(new ChangeRoleActionData("aad-ghost", TenantRole.Admin) { MemberId = "29:ghost" }, from: ChatUser.Alex);
        (JsonObject byMember, _) = await app.InvokeAsync(new ChangeRoleActionData("aad-megan", TenantRole.Admin) { MemberId = "29:user-megan" }, from: ChatUser.Adele);

        Assert.Contains("I can't find that person in this conversation any more.", VisibleText(swapped["value"]!), StringComparison.Ordinal);
        Assert.Contains("I can't find that person in this conversation any more.", VisibleText(ghost["value"]!), StringComparison.Ordinal);
        Assert.Equal("Only admins can change who may invoice.", (string?)byMember["value"]);
        Assert.Equal([TenantRole.Member, TenantRole.Member, TenantRole.Member], [await RoleOfAsync("aad-eve"), await RoleOfAsync("aad-ghost"), await RoleOfAsync("aad-megan")]);
        Assert.DoesNotContain(app.Audit.Entries, e => e.Action == "role.changed");
    }

    [Fact]
    public async Task AddInvoicerByMention_LooksThePersonUpAndGivesTheRole_RemoveTakesItAway()
    {
        await StartAsync(configuredAdmin: true);

        JsonNode added = await TypedCardAsync("<at>Bookings Bot</at> add invoicer <at>Megan</at>", ChatUser.Alex, Mention("29:user-megan", "Megan"));
        TenantRole afterAdd = await RoleOfAsync("aad-megan");
        JsonNode removed = await TypedCardAsync("remove invoicer <at>Megan</at>", ChatUser.Alex, Mention("29:user-megan", "Megan"));

        Assert.Equal(TenantRole.Invoicer, afterAdd);
        Assert.Contains("Megan Bowen is now an invoicer.", VisibleText(added), StringComparison.Ordinal); // the Connector's name, not the mention's
        Assert.Contains("Megan Bowen no longer has a role", VisibleText(removed), StringComparison.Ordinal);
        Assert.Equal(TenantRole.Member, await RoleOfAsync("aad-megan"));
    }

    [Fact]
    public async Task RemoveAdmin_TheLastAdmin_IsRefused_AndAConfiguredAdminCannotBeChangedFromTeams()
    {
        await StartAsync(configuredAdmin: false); // Alex becomes the sandbox's first admin

        JsonNode last = await TypedCardAsync("remove admin <at>Alex</at>", ChatUser.Alex, Mention("29:user-1", "Alex"));

        Assert.Contains("Alex Wilber is the last admin: make someone else admin first.", VisibleText(last), StringComparison.Ordinal);
        Assert.Equal(TenantRole.Admin, await RoleOfAsync("aad-alex"));
        await app.DisposeAsync();
        await StartAsync(configuredAdmin: true);
        await TypedCardAsync("add admin <at>Megan</at>", ChatUser.Alex, Mention("29:user-megan", "Megan"));

        JsonNode configured = await TypedCardAsync("remove admin <at>Alex</at>", ChatUser.Megan, Mention("29:user-1", "Alex"));
        JsonNode notInvoicer = await TypedCardAsync("remove invoicer <at>Megan</at>", ChatUser.Megan, Mention("29:user-megan", "Megan"));

        Assert.Contains("Alex Wilber is an admin named in the bot's configuration (Bot:Admins): change it there.", VisibleText(configured), StringComparison.Ordinal);
        Assert.Contains("Megan Bowen is an admin (admins may invoice): type \"remove admin\" to take that away.", VisibleText(notInvoicer), StringComparison.Ordinal);
        Assert.Equal(TenantRole.Admin, await RoleOfAsync("aad-megan"));
    }

    [Fact]
    public async Task ChangeRole_WithoutAMention_SaysHow()
    {
        await StartAsync(configuredAdmin: true);
        int before = app.Connector.Requests.Count;

        await app.SendTextAsync("add invoicer", from: ChatUser.Alex);

        RecordedConnectorRequest reply = await app.WaitForConnectorAsync(r => r.Method == "POST" && app.Connector.Requests.ToList().IndexOf(r) >= before, TimeSpan.FromSeconds(15));
        Assert.Equal("Mention the person with @, for example: add invoicer @Megan.", (string?)reply.Json["text"]);
    }

    private async Task StartAsync(bool configuredAdmin)
    {
        app = await InvoicingChatApp.StartAsync(configuredAdmin ? new Dictionary<string, string> { ["Bot:Admins:0"] = "aad-alex" } : null);
        app.Connector.Answer(Members);
    }

    private static FakeConnectorReply? Members(RecordedConnectorRequest request)
    {
        if (request.Method != "GET")
        {
            return null;
        }
        if (request.RawTarget.Contains("/pagedmembers", StringComparison.Ordinal))
        {
            return request.RawTarget.Contains("continuationToken=page-2", StringComparison.Ordinal)
                ? FakeConnectorReply.Json(200, new JsonObject { ["members"] = new JsonArray(Member(ChatUser.Adele)) }.ToJsonString())
                : FakeConnectorReply.Json(200, new JsonObject
                {
                    ["members"] = new JsonArray(Member(ChatUser.Alex), Member(ChatUser.Megan)),
                    ["continuationToken"] = "page-2",
                }.ToJsonString());
        }
        ChatUser? user = new[] { ChatUser.Alex, ChatUser.Megan, ChatUser.Adele }
            .FirstOrDefault(u => request.RawTarget.EndsWith("/members/" + Uri.EscapeDataString(u.Id), StringComparison.Ordinal));
        return user is null
            ? FakeConnectorReply.Json(404, """{"error":{"code":"MemberNotFoundInConversation","message":"not found"}}""")
            : FakeConnectorReply.Json(200, Member(user).ToJsonString());
    }

    private static JsonObject Member(ChatUser user) => new()
    {
        ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId, ["tenantId"] = user.TenantId, ["userRole"] = "user",
    };

    private static JsonArray Mention(string id, string name) =>
    [
        new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bookings Bot" }, ["text"] = "<at>Bookings Bot</at>" },
        new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name }, ["text"] = $"<at>{name}</at>" },
    ];

    private async Task<JsonNode> TypedCardAsync(string text, ChatUser from, JsonArray? entities = null)
    {
        int before = app.Connector.Requests.Count;
        await app.SendTextAsync(text, from: from, entities: entities);
        RecordedConnectorRequest reply = await app.WaitForConnectorAsync(
            r => r.Method == "POST" && app.Connector.Requests.ToList().IndexOf(r) >= before, TimeSpan.FromSeconds(15));
        return reply.Json["attachments"]![0]!["content"]!;
    }

    private static JsonObject MakeInvoicerButtonOf(JsonNode card, string aadObjectId) =>
        ExecuteActions(card).Single(a => (string?)a["title"] == "Make invoicer" && (string?)a["data"]!["aadObjectId"] == aadObjectId);

    private static CardActionData Parse(JsonObject button)
    {
        using var document = System.Text.Json.JsonDocument.Parse(button["data"]!.ToJsonString());
        Assert.True(CardActionParser.TryParse(document.RootElement, out CardActionRequest? request));
        return request.Data;
    }

    private Task<TenantRole> RoleOfAsync(string aadObjectId) =>
        app.Services.GetRequiredService<ITenantRoleStore>().GetRoleAsync("tenant-1", aadObjectId, default);
}
