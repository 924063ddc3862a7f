using System.Diagnostics;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Connector;
using Xunit.Abstractions;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorRetryTests(ITestOutputHelper output)
{
    private static JsonObject Message() => new() { ["type"] = "message", ["text"] = "hi" };

    [Fact]
    public async Task Send_429WithFractionalRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(429, """{"error":{"code":"TooManyRequests"}}""", RetryAfter: "2.128"))
            .Then(FakeConnectorReply.Json(201, """{"id":"after-wait"}"""));
        // The real policy: Retry-After must win over the (shorter) back-off.
        using ConnectorTestClient connector = new(retry: new ConnectorRetryPolicy());

        ResourceResponse result = await connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("after-wait", result.Id);
        IReadOnlyList<RecordedConnectorRequest> requests = fake.Requests;
        Assert.Equal(2, requests.Count);
        TimeSpan waited = Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt);
        output.WriteLine($"Retry-After 2.128 s: second request arrived {waited.TotalMilliseconds:F0} ms after the first");
        // The lower bound is the behaviour (a truncated "2" would give 2000 ms; timers may fire a millisecond early);
        // the upper one only rules out a long back-off, loosely because CI load adds latency.
        Assert.InRange(waited, TimeSpan.FromMilliseconds(2100), TimeSpan.FromMilliseconds(6000));
    }

    [Fact]
    public async Task Send_503Then502_RetriesAndSucceedsOnThirdAttempt()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(503)).Then(new FakeConnectorReply(502)).Then(FakeConnectorReply.Json(201, """{"id":"third"}"""));
        using ConnectorTestClient connector = new();

        ResourceResponse result = await connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("third", result.Id);
        Assert.Equal(3, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_AlwaysThrottled_GivesUpAfterFourAttemptsWithTheConnectorError()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        for (int i = 0; i < 6; i++)
        {
            fake.Then(FakeConnectorReply.Json(429, """{"error":{"code":"TooManyRequests","message":"slow down"}}"""));
        }
        using ConnectorTestClient connector = new();

        ConnectorException error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("TooManyRequests", error.ErrorCode);
        Assert.Equal(4, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanWeWait_ThrowsAtOnceWithRetryAfter()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(429, RetryAfter: "600"));
        using ConnectorTestClient connector = new();

        ConnectorException error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(600), error.RetryAfter);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Send_Forbidden_IsNotRetried()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Json(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));
        using ConnectorTestClient connector = new();

        ConnectorException error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Send_401ThenSuccess_RetriesOnceAfterExactlyOneForcedRefresh()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(401)).Then(FakeConnectorReply.Json(201, """{"id":"ok"}"""));
        using ConnectorTestClient connector = new();

        ResourceResponse result = await connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("ok", result.Id);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], fake.Requests.Select(r => r.Authorization));
        Assert.Equal(2, connector.Credentials.Credential.Calls);
        Assert.Equal(2, connector.Credentials.Creates);
    }

    [Fact]
    public async Task Send_401Twice_ThrowsAfterOneRefresh()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(401)).Then(new FakeConnectorReply(401)).Then(FakeConnectorReply.Json(201, """{"id":"never"}"""));
        using ConnectorTestClient connector = new();

        ConnectorException error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal(2, connector.Credentials.Credential.Calls);
    }

    [Fact]
    public async Task Send_ConnectionDroppedAfterRequestArrived_IsNotRetriedAndOutcomeIsUnknown()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Dropped()).Then(FakeConnectorReply.Json(201, """{"id":"duplicate"}"""));
        using ConnectorTestClient connector = new();

        ConnectorOutcomeUnknownException error = await Assert.ThrowsAsync<ConnectorOutcomeUnknownException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal("POST", error.Method);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Send_ClientTimeout_IsNotRetriedAndOutcomeIsUnknown()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(201, """{"id":"late"}""", Delay: TimeSpan.FromSeconds(5)));
        using ConnectorTestClient connector = new(timeout: TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<ConnectorOutcomeUnknownException>(() =>
            connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None));

        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Update_ConnectionDropped_IsRetriedBecausePutIsIdempotent()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Dropped()).Then(FakeConnectorReply.Json(200, """{"id":"42"}"""));
        using ConnectorTestClient connector = new();

        ResourceResponse result = await connector.Client.UpdateActivityAsync(fake.BaseUrl, "a:1", "42", Message(), CancellationToken.None);

        Assert.Equal("42", result.Id);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_NothingListening_RetriesBecauseNothingWasSentThenThrows()
    {
        string deadUrl;
        await using (FakeConnector gone = await FakeConnector.StartAsync())
        {
            deadUrl = gone.BaseUrl;
        }
        using ConnectorTestClient connector = new();

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            connector.Client.SendToConversationAsync(deadUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
    }
}
