using System.Net;
using System.Text.Json.Nodes;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Support;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// The bot cannot get its own Connector token (a wrong secret, or the token endpoint does not answer): the turn
/// answers within the token time limit, the receipt is released so Teams' redelivery is handled, and one log line
/// says which settings to check, without the secret. The clock is fake and the credential scripted: no real waits.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ConnectorTokenFailureTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "s3cr3t-value-that-must-not-leak";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ScriptedConnectorCredential credential = new();
    private readonly CapturedLogs logs = new();
    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApplicationFactory(extra: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "5f0c3a7e-1b2d-4c6e-8f90-a1b2c3d4e5f6",
            ["MicrosoftAppTenantId"] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ["MicrosoftAppPassword"] = Secret,
        })
        {
            TestServices = services => services
                .AddSingleton<TimeProvider>(time)
                .AddSingleton<IBotCredentialFactory>(credential)
                .AddSingleton<ILoggerProvider>(logs),
        };
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Message_TokenRefused_IsAcknowledgedAndItsRedeliveryIsAnswered()
    {
        credential.ThenThrow(new AuthenticationFailedException(
            "ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided."));
        JsonObject message = TeamsActivities.Message(connector.BaseUrl, "help", "m-token-1");

        HttpResponseMessage first = await app.PostActivityAsync(message);
        HttpResponseMessage redelivered = await app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        RecordedConnectorRequest reply = Assert.Single(connector.Requests);
        Assert.Contains("what I can do", reply.Body, StringComparison.Ordinal);
        AssertOneLineSaysWhatToFix("AADSTS7000215");
    }

    [Fact]
    public async Task Invoke_TokenEndpointSilent_AnswersWithTheErrorBodyAfterTheTimeLimitAndTheRedeliveryIsAnswered()
    {
        credential.ThenNoAnswer();
        JsonObject invoke = TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, "inv-token-1");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.Help, ["data"] = new HelpActionData().ToJsonObject() },
        };

        Task<HttpResponseMessage> first = app.PostActivityAsync(invoke);
        await credential.Waiting.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(BotTokenProvider.TokenTimeLimit - TimeSpan.FromMilliseconds(1));
        Assert.False(first.IsCompleted, "The turn answered before the token time limit was up.");
        time.Advance(TimeSpan.FromMilliseconds(1));
        HttpResponseMessage answered = await first.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        JsonNode body = JsonNode.Parse(await answered.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal(500, (int?)body["statusCode"]);
        Assert.Empty(connector.Requests);
        AssertOneLineSaysWhatToFix("did not answer");

        HttpResponseMessage redelivered = await app.PostActivityAsync(invoke);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)JsonNode.Parse(await redelivered.Content.ReadAsStringAsync())!["type"]);
        Assert.Single(connector.Requests);
    }

    private void AssertOneLineSaysWhatToFix(string failure)
    {
        // The host's own sandbox sync may log too (the in-memory test server has no address to call): only the
        // token's line is about this turn.
        CapturedLogLine line = Assert.Single(logs.Lines, l => l.Level >= LogLevel.Error && l.Category.StartsWith("TeamsBookingsBot.Teams", StringComparison.Ordinal));
        Assert.Equal(1211, line.EventId);
        Assert.Contains(failure, line.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", line.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", line.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppTenantId", line.Message, StringComparison.Ordinal);
        Assert.All(logs.Lines, l => Assert.DoesNotContain(Secret, l.Everything, StringComparison.Ordinal));
    }
}
