using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;

namespace TeamsBookingsBot.Teams;

/// <summary>POST /api/messages end to end: real app, real SQLite, replies to a fake Connector over HTTP.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class BotEndpointTests : IAsyncLifetime, IDisposable
{
    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApplicationFactory();
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Install_InstallationUpdateThenConversationUpdate_SendsOneWelcomeCardAndStoresTheReference()
    {
        JsonObject install = TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl);
        JsonObject added = TeamsActivities.Load("playground/inbound.conversationupdate.personal.membersadded.json", connector.BaseUrl);

        Assert.Equal(HttpStatusCode.OK, (await app.PostActivityAsync(install)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PostActivityAsync(added)).StatusCode);

        RecordedConnectorRequest welcome = Assert.Single(connector.Requests);
        Assert.Equal("POST", welcome.Method);
        Assert.Contains("bookings-to-invoices helper", CardText(welcome));
        var references = app.Services.GetRequiredService<IConversationReferenceStore>();
        ConversationReference? stored = await references.GetAsync(ActivityTenantOf.Json(install), install["conversation"]!["id"]!.GetValue<string>(), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.IsActive);
        Assert.Equal(connector.BaseUrl, stored.ServiceUrl);
    }

    [Fact]
    public async Task Uninstall_InstallationUpdateRemove_RevokesTheReference()
    {
        JsonObject install = TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl, "inst-1");
        JsonObject remove = TeamsActivities.With(
            TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl, "inst-2"), a => a["action"] = "remove");

        await app.PostActivityAsync(install);
        await app.PostActivityAsync(remove);

        var references = app.Services.GetRequiredService<IConversationReferenceStore>();
        ConversationReference? stored = await references.GetAsync(ActivityTenantOf.Json(install), install["conversation"]!["id"]!.GetValue<string>(), CancellationToken.None);
        Assert.False(stored!.IsActive);
    }

    [Fact]
    public async Task Message_Help_RepliesWithTheHelpCard()
    {
        HttpResponseMessage response = await app.PostActivityAsync(TeamsActivities.Message(connector.BaseUrl, "help", "m-help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        RecordedConnectorRequest reply = Assert.Single(connector.Requests);
        Assert.EndsWith("/activities/m-help", reply.RawTarget, StringComparison.Ordinal);
        Assert.Contains("Here's what I can do", CardText(reply));
    }

    [Fact]
    public async Task Message_TextItDoesNotUnderstand_RepliesWithHelpAndSuggestions()
    {
        await app.PostActivityAsync(TeamsActivities.Message(connector.BaseUrl, "shwo uninvoced bokings yesterdy pls maybe", "m-typo"));

        string card = CardText(Assert.Single(connector.Requests));
        Assert.Contains("Sorry, I didn't get that", card);
        Assert.Contains("show uninvoiced bookings", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Message_ChannelMentionOfTheBot_IsStrippedBeforeParsing()
    {
        JsonObject mention = TeamsActivities.Load("playground/inbound.message.groupchat.mention.json", connector.BaseUrl, "m-mention");
        string botName = mention["recipient"]!["name"]!.GetValue<string>();
        mention["text"] = $"<at>{botName}</at> help";

        await app.PostActivityAsync(mention);

        Assert.Contains("Here's what I can do", CardText(Assert.Single(connector.Requests)));
    }

    [Fact]
    public async Task Message_RedeliveredWithTheSameId_IsProcessedOnce()
    {
        JsonObject message = TeamsActivities.Message(connector.BaseUrl, "help", "m-twice");

        HttpResponseMessage first = await app.PostActivityAsync(message);
        HttpResponseMessage second = await app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Invoke_RedeliveredWithTheSameId_ReplaysTheFirstResponseAndActsOnce()
    {
        JsonObject invoke = TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, "inv-twice");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.Help, ["data"] = new HelpActionData().ToJsonObject() },
        };

        HttpResponseMessage first = await app.PostActivityAsync(invoke);
        HttpResponseMessage second = await app.PostActivityAsync(invoke);

        string firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/vnd.microsoft.activity.message", JsonNode.Parse(firstBody)!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Single(connector.Requests); // the help card was posted once
    }

    [Fact]
    public async Task Invoke_CardActionWithForeignData_AnswersThatTheCardIsOutOfDate()
    {
        JsonObject invoke = TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, "inv-stale");

        HttpResponseMessage response = await app.PostActivityAsync(invoke);

        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Contains("out of date", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_NameNobodyHandles_Is501()
    {
        JsonObject invoke = TeamsActivities.Load("recorded/inbound.invoke.cardaction-noname.json", connector.BaseUrl, "inv-noname");

        HttpResponseMessage response = await app.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", "malformed JSON")]
    [InlineData("""{"id":"1","text":"hi"}""", "no type")]
    [InlineData("", "empty")]
    public async Task Post_MalformedBody_Is400WithAReason(string body, string reason)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        HttpResponseMessage response = await app.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Get_Messages_Is405()
    {
        HttpResponseMessage response = await app.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Ready_StorageAndSchedulerUp_Is200()
    {
        HttpResponseMessage response = await app.CreateClient().GetAsync("/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Activity_UnknownType_Is200AndIgnored()
    {
        JsonObject typing = TeamsActivities.With(TeamsActivities.Message(connector.BaseUrl, "", "t-1"), a => a["type"] = "typing");

        HttpResponseMessage response = await app.PostActivityAsync(typing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    private static string CardText(RecordedConnectorRequest request)
    {
        JsonObject activity = request.Json;
        JsonArray attachments = activity["attachments"]!.AsArray();
        JsonNode attachment = Assert.Single(attachments)!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
