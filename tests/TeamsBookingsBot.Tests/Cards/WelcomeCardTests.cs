using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards;

public sealed class WelcomeCardTests
{
    [Fact]
    public void Build_Always_IsFullWidthCard15UnderTheSizeLimit()
    {
        var card = WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: true));
        JsonObject json = CardJson.Of(card);

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.True(card.SizeInBytes < 28_672);
    }

    [Fact]
    public void Build_Always_OffersShowYesterdayAndHelpButtons()
    {
        JsonObject json = CardJson.Of(WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: true)));

        IReadOnlyList<JsonObject> actions = CardJson.TopLevelActions(json);
        Assert.Equal(["Action.Execute", "Action.Execute"], actions.Select(a => (string?)a["type"]));
        Assert.Equal([CardVerbs.ShowUninvoiced, CardVerbs.Help], actions.Select(a => (string?)a["verb"]));
        Assert.Equal("Show yesterday's bookings", (string?)actions[0]["title"]);
        Assert.Equal("yesterday", (string?)actions[0]["data"]!["range"]);
        Assert.Equal(["verb", "v", "range"], actions[0]["data"]!.AsObject().Select(p => p.Key));
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a["fallback"]!["type"]));
    }

    [Fact]
    public void Build_Always_ExplainsThePurposeAndListsTheExampleCommands()
    {
        string text = CardJson.VisibleText(CardJson.Of(WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: false))));

        Assert.Contains("Microsoft Bookings", text, StringComparison.Ordinal);
        Assert.Contains("draft", text, StringComparison.Ordinal);
        Assert.Contains("Business Central", text, StringComparison.Ordinal);
        foreach (string example in new[] { "show uninvoiced bookings", "invoice yesterday's bookings",
                     "show uninvoiced bookings for Contoso last week", "sync now", "sync status", "help" })
        {
            Assert.Contains("• " + example + "\n", text + "\n", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_SandboxData_ExplainsSetupAndSampleData()
    {
        string text = CardJson.VisibleText(CardJson.Of(WelcomeCard.Build(new WelcomeCardModel(null, UsesSandboxData: true))));

        Assert.Contains("Your admin connects the Bookings business and the Business Central company by typing **setup**", text, StringComparison.Ordinal);
        Assert.Contains("sample data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FirstPersonInTheTenant_LeadsToTheSetupFirst()
    {
        JsonObject json = CardJson.Of(WelcomeCard.Build(new WelcomeCardModel("Alex", UsesSandboxData: false, OffersSetup: true)));

        Assert.Equal([CardVerbs.SetupShow, CardVerbs.ShowUninvoiced, CardVerbs.Help], CardJson.TopLevelActions(json).Select(a => (string?)a["verb"]));
        Assert.Contains("Press **Setup** to connect your Bookings business", CardJson.VisibleText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Connected_SaysSoInsteadOfSetupSteps()
    {
        string text = CardJson.VisibleText(CardJson.Of(WelcomeCard.Build(new WelcomeCardModel(null, UsesSandboxData: false))));

        Assert.Contains("You're all set", text, StringComparison.Ordinal);
        Assert.DoesNotContain("setup", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sample data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GivenName_GreetsInAPlainTextRun()
    {
        JsonObject json = CardJson.Of(WelcomeCard.Build(new WelcomeCardModel("**Alex**", UsesSandboxData: false)));

        JsonObject run = Assert.Single(CardJson.OfType(json, "TextRun"));
        Assert.StartsWith("Hi **Alex**,", (string?)run["text"], StringComparison.Ordinal);
    }
}
