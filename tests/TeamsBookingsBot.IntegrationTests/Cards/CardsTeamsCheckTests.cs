using System.Text.Json;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Cards;

/// <summary>Every card the code can build passes Microsoft's schema, parser and Teams rules (tools/teams-check).</summary>
public sealed class CardsTeamsCheckTests
{
    private static readonly (string Name, AdaptiveCard Card)[] AllCards =
    [
        .. SetupCardSamples.Build("Contoso Salon"),
        ("welcome, first in tenant", WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: true, OffersSetup: true))),
        ("help, admin", HelpCard.Build(HelpCardModel.Plain with { ForAdmin = true })),
        ("welcome, sandbox", WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: true))),
        ("welcome, connected, no name", WelcomeCard.Build(new WelcomeCardModel(null, UsesSandboxData: false))),
        ("help", HelpCard.Build(HelpCardModel.Plain)),
        ("help, not understood", HelpCard.Build(HelpCardModel.NotUnderstood(
            "invoce **all** <at>Bot</at> [x](javascript:alert(1)) \"quoted\" \u0007", ["invoice yesterday's bookings", "show uninvoiced bookings", "sync now"]))),
        ("help, not understood, no suggestions", HelpCard.Build(HelpCardModel.NotUnderstood(new string('z', 5000), []))),
        ("error", ErrorCard.Build(new ErrorCardModel("I couldn't reach Business Central.", "Try again in a few minutes.", "4bf92f3577b34da6a3ce929d0e0e4736"))),
        ("error, retry", ErrorCard.Build(new ErrorCardModel("The sync didn't finish.", "Try again.", "ref-1", new SyncNowActionData()))),
        ("error, out of date", ErrorCard.Build(ErrorCardModel.OutOfDateCard("ref-2"))),
        ("every builder element", KitchenSinkCard.Build()),
    ];

    [Fact]
    public async Task TeamsCheck_EveryCardWeBuild_HasNoErrorsOrWarnings()
    {
        IReadOnlyList<CardCheckResult> results = await TeamsCheck.CheckCardsAsync(AllCards.Select(c => (c.Name, c.Card.ToJson())));

        Assert.Equal(AllCards.Select(c => c.Name), results.Select(r => r.Name));
        string[] failures = [.. results.Where(r => r.Findings.Count > 0).Select(r => r.Describe())];
        Assert.True(failures.Length == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task TeamsCheck_CardAsAttachment_IsFoundAndPasses()
    {
        // The attachment exactly as the bot sends it (TurnContext), on the wire's JSON rules.
        string attachment = JsonSerializer.Serialize(Attachment.AdaptiveCard(HelpCard.Build(HelpCardModel.Plain).ToJsonObject()), ActivityJson.Options);

        CardCheckResult result = await TeamsCheck.CheckCardAsync("help attachment", attachment);

        Assert.True(result.Findings.Count == 0, result.Describe());
    }

    [Fact]
    public async Task TeamsCheck_BrokenCard_ReportsEachProblemAsAnError()
    {
        const string broken = """
            {"type":"AdaptiveCard","version":"1.6","msteams":{"width":"Wide"},
             "body":[{"type":"TextBlock"},{"type":"Media","sources":[]},{"type":"Carousel"}],
             "actions":[{"type":"Action.OpenUrl","title":"No url"}]}
            """;

        CardCheckResult result = await TeamsCheck.CheckCardAsync("broken", broken);

        string report = result.Describe();
        Assert.Contains(result.Errors, f => f.Layer == "teams" && f.Path == "/version");
        Assert.Contains(result.Errors, f => f.Layer == "teams" && f.Path == "/msteams/width");
        Assert.Contains(result.Errors, f => f.Layer == "teams" && f.Message.Contains("Media", StringComparison.Ordinal));
        Assert.Contains(result.Errors, f => f.Layer == "schema" && f.Message.Contains("\"text\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, f => f.Layer == "schema" && f.Message.Contains("Carousel", StringComparison.Ordinal));
        Assert.Contains(result.Errors, f => f.Layer == "schema" && f.Path == "/actions/0" && f.Message.Contains("\"url\"", StringComparison.Ordinal));
        Assert.Contains("error [teams] /version", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsCheck_OversizedCard_IsAnError()
    {
        var big = new AdaptiveCard();
        for (int i = 0; i < 300; i++)
        {
            big.Body.Add(new AdaptiveTextBlock(new string('x', 100)));
        }

        CardCheckResult result = await TeamsCheck.CheckCardAsync("too big", big.ToJson());

        Assert.Contains(result.Errors, f => f.Layer == "teams" && f.Message.Contains("28672 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamsCheck_Manifest_SamplePasses()
    {
        ManifestCheckResult result = await TeamsCheck.CheckManifestAsync(
            Path.Combine(SharedPaths.Tools, "teams-check", "samples", "manifest"));

        Assert.True(result.Errors.Count == 0, result.Describe());
        Assert.Equal("v1.24", result.Schema);
    }
}
