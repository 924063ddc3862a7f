using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

/// <summary>The Connector client's retries on a fake clock: every wait is asserted exactly and advanced, never slept.</summary>
public sealed class ConnectorRetryTests
{
    private static JsonObject Message() => new() { ["type"] = "message", ["text"] = "hi" };

    [Fact]
    public async Task Send_429WithFractionalRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(429, """{"error":{"code":"TooManyRequests"}}""", RetryAfter: "2.128"))
            .Then(FakeConnectorReply.Json(201, """{"id":"after-wait"}"""));
        using ConnectorTestClient connector = new();

        Task<ResourceResponse> send = connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);
        TimeSpan wait = await connector.Clock.NextWaitAsync(below: connector.AttemptTimeout);

        // Retry-After wins over the back-off, read exactly: not a truncated 2 s, not a rounded-up 3 s.
        Assert.Equal(TimeSpan.FromMilliseconds(2128), wait);
        Assert.Single(fake.Requests);
        connector.Clock.Advance(wait);
        ResourceResponse result = await send;
        Assert.Equal("after-wait", result.Id);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_503Then502_RetriesAndSucceedsOnThirdAttempt()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(new FakeConnectorReply(503)).Then(new FakeConnectorReply(502)).Then(FakeConnectorReply.Json(201, """{"id":"third"}"""));
        using ConnectorTestClient connector = new();

        Task<ResourceResponse> send = connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);
        IReadOnlyList<TimeSpan> waits = await connector.Clock.RunThroughWaitsAsync(send, below: connector.AttemptTimeout);

        Assert.Equal("third", (await send).Id);
        Assert.Equal(3, fake.Requests.Count);
        // No Retry-After: exponential back-off with jitter, capped by the policy.
        Assert.Equal(2, waits.Count);
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.Zero, new ConnectorRetryPolicy().MaxDelay));
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

        Task<ResourceResponse> send = connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);
        IReadOnlyList<TimeSpan> waits = await connector.Clock.RunThroughWaitsAsync(
            send.ContinueWith(_ => { }, TaskScheduler.Default), below: connector.AttemptTimeout);

        ConnectorException error = await Assert.ThrowsAsync<ConnectorException>(() => send);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal("TooManyRequests", error.ErrorCode);
        Assert.Equal(4, fake.Requests.Count);
        Assert.Equal(3, waits.Count);
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
        // The fake holds the answer until the client gives up; the client's attempt timeout is on the fake clock.
        fake.Then(new FakeConnectorReply(201, """{"id":"late"}""", Delay: TimeSpan.FromMinutes(5)));
        using ConnectorTestClient connector = new();

        Task<ResourceResponse> send = connector.Client.SendToConversationAsync(fake.BaseUrl, "a:1", Message(), CancellationToken.None);
        TimeSpan timeout = await connector.Clock.NextWaitAsync(below: TimeSpan.MaxValue);
        await fake.RequestArrivedAsync();
        Assert.Equal(connector.AttemptTimeout, timeout);
        connector.Clock.Advance(timeout);

        await Assert.ThrowsAsync<ConnectorOutcomeUnknownException>(() => send);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Update_ConnectionDropped_IsRetriedBecausePutIsIdempotent()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        fake.Then(FakeConnectorReply.Dropped()).Then(FakeConnectorReply.Json(200, """{"id":"42"}"""));
        using ConnectorTestClient connector = new();

        Task<ResourceResponse> update = connector.Client.UpdateActivityAsync(fake.BaseUrl, "a:1", "42", Message(), CancellationToken.None);
        await connector.Clock.RunThroughWaitsAsync(update, below: connector.AttemptTimeout);

        Assert.Equal("42", (await update).Id);
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

        Task<ResourceResponse> send = connector.Client.SendToConversationAsync(deadUrl, "a:1", Message(), CancellationToken.None);
        IReadOnlyList<TimeSpan> waits = await connector.Clock.RunThroughWaitsAsync(
            send.ContinueWith(_ => { }, TaskScheduler.Default), below: connector.AttemptTimeout);

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => send);
        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(3, waits.Count); // a POST that never left is safe to send again
    }
}
