using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Testing.Playground;
using Xunit.Abstractions;

namespace TeamsBookingsBot.Playground;

/// <summary>
/// Self-tests of the Agents Playground harness against a throwaway echo bot; they also show how to use it:
/// start a playground at the bot's endpoint, open a session, act, wait for cards.
/// </summary>
public sealed class PlaygroundHarnessTests(PlaygroundHarnessFixture fixture, ITestOutputHelper output)
    : IClassFixture<PlaygroundHarnessFixture>
{
    [Fact]
    public async Task Install_EchoBot_CardArrivesInTheChat()
    {
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();

        await chat.InstallAsync();

        PlaygroundMessage message = await chat.WaitForCardAsync("Echo: installationUpdate");
        Assert.Equal(chat.Config["personalChat"]!["id"]!.GetValue<string>(), message.ConversationId);
        Assert.False(string.IsNullOrEmpty(message.MessageId));
        Assert.Equal("AdaptiveCard", (string?)Assert.Single(message.Cards)["type"]);
    }

    [Fact]
    public async Task Say_Hello_BotGetsTheTextAndItsCardArrives()
    {
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();

        await chat.SayAsync("hello");

        await chat.WaitForCardAsync("Echo: hello");
        Assert.Contains(fixture.Bot.Received, a => (string?)a["type"] == "message" && (string?)a["text"] == "hello");
    }

    [Fact]
    public async Task Execute_ButtonOnABotCard_InvokeReachesTheBotAndItsResponseComesBack()
    {
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();
        await chat.SayAsync("click me");
        PlaygroundMessage card = await chat.WaitForCardAsync("Echo: click me");
        JsonObject button = card.Cards[0]["actions"]![0]!.AsObject();

        JsonNode? response = await chat.ExecuteAsync(card.MessageId!, (string)button["verb"]!, button["data"]!.AsObject());

        Assert.Contains("Invoked: help", response?["value"]?.ToJsonString(), StringComparison.Ordinal);
        JsonObject invoke = Assert.Single(fixture.Bot.Received, a => (string?)a["name"] == "adaptiveCard/action");
        Assert.Equal(card.MessageId, (string?)invoke["replyToId"]);
        Assert.True(CardActionParser.TryParse(JsonSerializer.Deserialize<JsonElement>(invoke["value"]!.ToJsonString()), out CardActionRequest? request));
        Assert.IsType<HelpActionData>(request.Data);
    }

    [Fact]
    public void Start_Playground_IsQuickAndReachesNothingOffTheMachine()
    {
        output.WriteLine($"Agents Playground started in {fixture.Playground.StartupTime.TotalMilliseconds:F0} ms");

        Assert.True(fixture.Playground.StartupTime < TimeSpan.FromSeconds(30));
        Assert.Equal("", fixture.Playground.ReadNetguardLog());
    }
}
