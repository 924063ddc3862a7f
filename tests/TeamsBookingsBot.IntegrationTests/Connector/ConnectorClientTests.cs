using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorClientTests
{
    private const string ChannelThreadId = "a:1abc@x;messageid=1";

    private static JsonObject Message(string text) => new() { ["type"] = "message", ["text"] = text };

    [Fact]
    public async Task Reply_TeamsIdsWithReservedCharacters_EscapesEverySegmentAndSetsReplyToId()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Json(201, """{"id":"1:1g3Sc3hSqAvmoAIhMskhBW8kahcBMC2urNd_TZF79abY"}"""));
        using ConnectorTestClient connector = new();

        ResourceResponse result = await connector.Client.ReplyToActivityAsync(
            fake.BaseUrl + "/amer", ChannelThreadId, "1:abc@x", Message("hi"), CancellationToken.None);

        RecordedConnectorRequest request = Assert.Single(fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1abc%40x%3Bmessageid%3D1/activities/1%3Aabc%40x", request.RawTarget);
        Assert.Equal("1:abc@x", (string?)request.Json["replyToId"]);
        Assert.Equal("hi", (string?)request.Json["text"]);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("1:1g3Sc3hSqAvmoAIhMskhBW8kahcBMC2urNd_TZF79abY", result.Id);
    }

    [Fact]
    public async Task Reply_Recorded2019ChannelReply_HitsTheRecordedPath()
    {
        JsonObject recorded = JsonNode.Parse(await File.ReadAllTextAsync(
            SharedPaths.Fixture("teams", "recorded", "outbound.rest.replytoactivity.adaptivecard.json")))!.AsObject();
        JsonObject activity = recorded["body"]!.AsObject();
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new();

        await connector.Client.ReplyToActivityAsync(
            fake.BaseUrl + "/amer/", (string)activity["conversation"]!["id"]!, (string)activity["replyToId"]!, activity, CancellationToken.None);

        Assert.Equal((string?)recorded["path"], Assert.Single(fake.Requests).RawTarget);
    }

    [Fact]
    public async Task Send_PlaygroundAnswers202WithEmptyBody_ReturnsNullId()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(202));
        using ConnectorTestClient connector = new();

        ResourceResponse result = await connector.Client.ReplyToActivityAsync(
            fake.BaseUrl + "/_connector", "7cc413f9", "a1e5e6d1", Message("text + card"), CancellationToken.None);

        Assert.Null(result.Id);
        Assert.Equal("/_connector/v3/conversations/7cc413f9/activities/a1e5e6d1", Assert.Single(fake.Requests).RawTarget);
    }

    [Fact]
    public async Task Update_ReplacesCardInPlace_SendsPutWithActivityId()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Json(200, """{"id":"1795509730932"}"""));
        using ConnectorTestClient connector = new();

        ResourceResponse result = await connector.Client.UpdateActivityAsync(
            fake.BaseUrl, ChannelThreadId, "1795509730932", Message("updated"), CancellationToken.None);

        RecordedConnectorRequest request = Assert.Single(fake.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1abc%40x%3Bmessageid%3D1/activities/1795509730932", request.RawTarget);
        Assert.Equal("1795509730932", (string?)request.Json["id"]);
        Assert.Equal("1795509730932", result.Id);
    }

    [Fact]
    public async Task CreateConversation_ChannelThread_PostsParametersAndReturnsIdAndActivityId()
    {
        JsonObject recorded = JsonNode.Parse(await File.ReadAllTextAsync(
            SharedPaths.Fixture("teams", "recorded", "outbound.rest.createconversation.channel-thread.json")))!.AsObject();
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Json(201, recorded["response"]!.ToJsonString()));
        using ConnectorTestClient connector = new();
        ConversationParameters parameters = new(
            IsGroup: true,
            Bot: new ConnectorAccount("28:00000000-0000-0000-0000-00000000b07"),
            Members: [],
            TenantId: "tenant-1",
            ChannelData: new JsonObject { ["channel"] = new JsonObject { ["id"] = "19:9d3c@thread.skype" } },
            Activity: Message("digest"));

        ConversationResourceResponse result = await connector.Client.CreateConversationAsync(
            fake.BaseUrl + "/amer/", parameters, CancellationToken.None);

        RecordedConnectorRequest request = Assert.Single(fake.Requests);
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        Assert.True((bool)request.Json["isGroup"]!);
        Assert.Equal("28:00000000-0000-0000-0000-00000000b07", (string?)request.Json["bot"]!["id"]);
        Assert.Equal("tenant-1", (string?)request.Json["channelData"]!["tenant"]!["id"]);
        Assert.Equal("19:9d3c@thread.skype", (string?)request.Json["channelData"]!["channel"]!["id"]);
        Assert.Equal("digest", (string?)request.Json["activity"]!["text"]);
        Assert.Equal("19:9d3c71104f8c49128368b23a5eaeb86d@thread.skype;messageid=1571508432869", result.Id);
        Assert.Equal("1:152fKCqk0q6vX3H63vYW_osYzGe6Zpg_n-4LJqXb-wWo", result.ActivityId);
        Assert.Null(result.ServiceUrl);
    }

    [Fact]
    public async Task Delete_PlaygroundAnswers501_ThrowsConnectorExceptionWithErrorCode()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Json(501,
            """{"error":{"code":"DeleteActivityAPINotImplemented","message":"The API to delete activity is not implemented yet"}}"""));
        using ConnectorTestClient connector = new();

        ConnectorException error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.DeleteActivityAsync(fake.BaseUrl, "7cc413f9", "1795509730932", CancellationToken.None));

        Assert.Equal(501, error.StatusCode);
        Assert.Equal("DeleteActivityAPINotImplemented", error.ErrorCode);
        Assert.Equal("The API to delete activity is not implemented yet", error.ErrorMessage);
        Assert.DoesNotContain("token", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("DELETE", Assert.Single(fake.Requests).Method);
    }

    [Fact]
    public async Task Typing_SendsTypingActivityFromTheBot()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new();

        await connector.Client.SendTypingAsync(
            fake.BaseUrl, "a:1abc", new ConnectorAccount("28:bot", "Bookings"), new ConnectorAccount("29:user"), CancellationToken.None);

        JsonObject body = Assert.Single(fake.Requests).Json;
        Assert.Equal("typing", (string?)body["type"]);
        Assert.Equal("28:bot", (string?)body["from"]!["id"]);
        Assert.Equal("29:user", (string?)body["recipient"]!["id"]);
        Assert.Equal("a:1abc", (string?)body["conversation"]!["id"]);
    }

    [Fact]
    public async Task PagedMembers_WithContinuation_PassesQueryAndReturnsNextToken()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Json(200, """{"continuationToken":"next+1","members":[{"id":"29:a","aadObjectId":"o1"}]}"""));
        using ConnectorTestClient connector = new();

        PagedMembersResult page = await connector.Client.GetConversationPagedMembersAsync(
            fake.BaseUrl, "19:c@thread.tacv2", 50, "tok/=", CancellationToken.None);

        Assert.Equal("/v3/conversations/19%3Ac%40thread.tacv2/pagedmembers?pageSize=50&continuationToken=tok%2F%3D",
            Assert.Single(fake.Requests).RawTarget);
        Assert.Equal("o1", (string?)Assert.Single(page.Members)["aadObjectId"]);
        Assert.Equal("next+1", page.ContinuationToken);
    }

    [Fact]
    public async Task Send_AnonymousBot_SendsNoAuthorizationHeader()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new(appId: null);

        await connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message("hi"), CancellationToken.None);

        Assert.True(connector.Tokens.IsAnonymous);
        Assert.Null(Assert.Single(fake.Requests).Authorization);
        Assert.Equal(0, connector.Credentials.Credential.Calls);
    }

    [Fact]
    public async Task Send_TwoCalls_ReuseTheCachedTokenForTheConnectorScope()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        using ConnectorTestClient connector = new();

        await connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message("one"), CancellationToken.None);
        await connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message("two"), CancellationToken.None);

        Assert.All(fake.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, connector.Credentials.Credential.Calls);
        Assert.Equal(["https://api.botframework.com/.default"], Assert.Single(connector.Credentials.Credential.Scopes));
    }
}
