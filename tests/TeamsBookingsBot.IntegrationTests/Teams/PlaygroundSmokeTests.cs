using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;
using TeamsBookingsBot.Testing.Playground;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// The walking skeleton through Microsoft's own Teams emulator: install the app, get the welcome card, type
/// "help", get the help card, and both cards pass Microsoft's Adaptive Card validators.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PlaygroundSmokeTests(BotPlaygroundFixture fixture)
{
    [Fact]
    public async Task Playground_InstallThenHelp_ShowsWelcomeAndHelpCardsThatPassTeamsCheck()
    {
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();

        await chat.InstallAsync();
        PlaygroundMessage welcome = await chat.WaitForCardAsync("bookings-to-invoices helper");
        await chat.SayAsync("help");
        PlaygroundMessage help = await chat.WaitForCardAsync("Here's what I can do", fromIndex: welcome.Index + 1);

        IReadOnlyList<CardCheckResult> checks = await TeamsCheck.CheckCardsAsync(
        [
            ("welcome", Assert.Single(welcome.Cards).ToJsonString()),
            ("help", Assert.Single(help.Cards).ToJsonString()),
        ]);
        Assert.All(checks, c => Assert.True(c.Errors.Count == 0 && c.Warnings.Count == 0, c.Describe()));
    }

    [Fact]
    public async Task Playground_WelcomeCardHelpButton_PostsTheHelpCard()
    {
        await using PlaygroundSession chat = await fixture.Playground.OpenSessionAsync();
        await chat.SayAsync("hello there");
        PlaygroundMessage notUnderstood = await chat.WaitForCardAsync("Sorry, I didn't get that");

        JsonNode? answer = await chat.ExecuteAsync(notUnderstood.MessageId!, "help", new JsonObject { ["verb"] = "help", ["v"] = 1 });

        Assert.NotNull(answer);
        await chat.WaitForCardAsync("Here's what I can do", fromIndex: notUnderstood.Index + 1);
    }
}
