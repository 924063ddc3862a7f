using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards;

public sealed class HelpCardTests
{
    [Fact]
    public void Build_Plain_ListsEveryCommandGroupedShowInvoiceSync()
    {
        JsonObject json = CardJson.Of(HelpCard.Build(HelpCardModel.Plain));
        string text = CardJson.VisibleText(json);

        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Contains("Here's what I can do", text, StringComparison.Ordinal);
        Assert.DoesNotContain("didn't get that", text, StringComparison.Ordinal);
        int show = text.IndexOf("\nShow\n", StringComparison.Ordinal);
        int invoice = text.IndexOf("\nInvoice\n", StringComparison.Ordinal);
        int sync = text.IndexOf("\nSync\n", StringComparison.Ordinal);
        Assert.True(show > 0 && show < invoice && invoice < sync, text);
        Assert.All(BotCommands.Groups.SelectMany(g => g.Commands), c => Assert.Contains(c.Text + ": ", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Plain_OffersExecuteButtonsWithTypedData()
    {
        IReadOnlyList<JsonObject> actions = CardJson.TopLevelActions(CardJson.Of(HelpCard.Build(HelpCardModel.Plain)));

        Assert.Equal([CardVerbs.ShowUninvoiced, CardVerbs.SyncNow], actions.Select(a => (string?)a["verb"]));
        Assert.Equal(["verb", "v"], actions[1]["data"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Build_NotUnderstood_QuotesTheTextInATextRunNotMarkdown()
    {
        JsonObject json = CardJson.Of(HelpCard.Build(HelpCardModel.NotUnderstood("invoce **all** [now](https://evil.example)\r\nplease", [])));

        Assert.Contains("Sorry, I didn't get that", CardJson.VisibleText(json), StringComparison.Ordinal);
        JsonObject quote = Assert.Single(CardJson.OfType(json, "TextRun"), r => (bool?)r["italic"] == true);
        Assert.Equal("“invoce **all** [now](https://evil.example) please”", (string?)quote["text"]);
        Assert.DoesNotContain(CardJson.OfType(json, "TextBlock"), b => ((string?)b["text"])!.Contains("invoce", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NotUnderstoodLongText_IsCutWithAnEllipsis()
    {
        JsonObject json = CardJson.Of(HelpCard.Build(HelpCardModel.NotUnderstood(new string('a', 1000), [])));

        string quoted = (string)Assert.Single(CardJson.OfType(json, "TextRun"), r => (bool?)r["italic"] == true)["text"]!;
        Assert.Equal(HelpCard.MaxQuotedLength + 2, quoted.Length); // plus the two quote marks
        Assert.EndsWith("a…”", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NotUnderstoodWithSuggestions_ListsTheClosestThreeInOrder()
    {
        JsonObject json = CardJson.Of(HelpCard.Build(HelpCardModel.NotUnderstood(
            "sink now", ["sync now", "sync status", "show uninvoiced bookings", "help"])));

        Assert.Contains("Did you mean one of these", CardJson.VisibleText(json), StringComparison.Ordinal);
        string[] bullets = [.. CardJson.OfType(json, "TextRun").Select(r => (string)r["text"]!).Where(t => t.StartsWith('•'))];
        Assert.Equal(["• sync now", "• sync status", "• show uninvoiced bookings"], bullets);
    }

    [Fact]
    public void Build_NotUnderstoodWithoutSuggestions_AsksNoQuestion()
    {
        string text = CardJson.VisibleText(CardJson.Of(HelpCard.Build(HelpCardModel.NotUnderstood("hm", []))));

        Assert.DoesNotContain("Did you mean", text, StringComparison.Ordinal);
        Assert.Contains("Everything I can do", text, StringComparison.Ordinal);
    }
}
