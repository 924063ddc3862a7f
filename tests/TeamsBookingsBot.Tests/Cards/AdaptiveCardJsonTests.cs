using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Cards;

public sealed class AdaptiveCardJsonTests
{
    [Fact]
    public void ToJson_AnyCard_StartsWithTypeThenSchemaThenVersion15()
    {
        string json = new AdaptiveCard { Body = { new AdaptiveTextBlock("Hi") } }.ToJson();

        Assert.StartsWith(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""",
            json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_UnsetProperties_AreOmitted()
    {
        JsonObject card = new AdaptiveCard { Body = { new AdaptiveTextBlock("Hi") } }.ToJsonObject();

        Assert.Equal(["type", "$schema", "version", "body"], card.Select(p => p.Key));
        Assert.Equal(["type", "text", "wrap"], card["body"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void ToJson_ElementsAndActions_WriteTheSchemaTypeNameFirst()
    {
        JsonObject card = new AdaptiveCard
        {
            Body =
            {
                new AdaptiveFactSet { Facts = { new AdaptiveFact("a", "b") } },
                new AdaptiveToggleInput("pick", "Pick me"),
                new AdaptiveActionSet { Actions = { new AdaptiveOpenUrlAction(new Uri("https://example.com/")) { Title = "Open" } } },
            },
            Actions = { new AdaptiveShowCardAction(new AdaptiveCard()) { Title = "More" } },
        }.ToJsonObject();

        Assert.Equal(
            ["FactSet", "Input.Toggle", "ActionSet"],
            card["body"]!.AsArray().Select(e => (string?)e!.AsObject().First().Value));
        Assert.Equal("type", card["body"]![2]!["actions"]![0]!.AsObject().First().Key);
        Assert.Equal("Action.ShowCard", (string?)card["actions"]![0]!.AsObject().First().Value);
    }

    [Fact]
    public void ToJson_Enums_UseSchemaSpelling()
    {
        JsonObject block = new AdaptiveCard
        {
            Body = { new AdaptiveTextBlock("Hi") { Size = AdaptiveTextSize.ExtraLarge, Weight = AdaptiveTextWeight.Bolder, Spacing = AdaptiveSpacing.None } },
        }.ToJsonObject()["body"]![0]!.AsObject();

        Assert.Equal("extraLarge", (string?)block["size"]);
        Assert.Equal("bolder", (string?)block["weight"]);
        Assert.Equal("none", (string?)block["spacing"]);
    }

    [Fact]
    public void ToJson_FullWidth_WritesMsTeamsWidthFull()
    {
        Assert.Equal("Full", (string?)new AdaptiveCard { FullWidth = true }.ToJsonObject()["msteams"]!["width"]);
        Assert.Null(new AdaptiveCard().ToJsonObject()["msteams"]);
    }

    [Fact]
    public void ExecuteAction_Always_FallsBackToSubmitWithTheSameDataAndTheVerb()
    {
        var execute = new AdaptiveExecuteAction("sync.now") { Title = "Sync now", Data = new JsonObject { ["x"] = 1 } };

        JsonObject action = new AdaptiveCard { Actions = { execute } }.ToJsonObject()["actions"]![0]!.AsObject();

        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("sync.now", (string?)action["verb"]);
        JsonObject fallback = action["fallback"]!.AsObject();
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("Sync now", (string?)fallback["title"]);
        Assert.Equal(1, (int?)fallback["data"]!["x"]);
        Assert.Equal("sync.now", (string?)fallback["data"]!["verb"]);
        Assert.Null(action["data"]!["verb"]); // the Execute's own data is left as given
    }

    [Fact]
    public void SizeInBytes_NonAsciiText_CountsCompactUtf8Bytes()
    {
        var card = new AdaptiveCard { Body = { new AdaptiveTextBlock("Zoë’s <b> & “café”") } };

        string json = card.ToJson();

        Assert.Contains("Zoë’s <b> & “café”", json, StringComparison.Ordinal); // not \u-escaped: Teams counts raw UTF-8
        Assert.Equal(Encoding.UTF8.GetByteCount(json), card.SizeInBytes);
        Assert.True(card.FitsTeamsLimit);
    }

    [Fact]
    public void Attachment_Card_HasAdaptiveContentTypeAndTheCardAsContent()
    {
        // The attachment exactly as the bot sends it (TurnContext), on the wire's JSON rules.
        JsonObject attachment = JsonSerializer.SerializeToNode(
            Attachment.AdaptiveCard(new AdaptiveCard { Body = { new AdaptiveTextBlock("Hi") } }.ToJsonObject()), ActivityJson.Options)!.AsObject();

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
    }

    [Fact]
    public void FitsTeamsLimit_CardOver28KB_IsFalse()
    {
        var card = new AdaptiveCard();
        for (int i = 0; i < 300; i++)
        {
            card.Body.Add(new AdaptiveTextBlock(new string('x', 100)));
        }

        Assert.False(card.FitsTeamsLimit);
        Assert.True(card.SizeInBytes > AdaptiveCard.MaxSizeInBytes);
    }

    [Fact]
    public void Refresh_MoreThan60UserIds_Throws()
    {
        string[] users = [.. Enumerable.Range(0, 61).Select(i => $"29:user-{i}")];

        Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveRefresh(new AdaptiveExecuteAction("help"), users));
    }

    [Fact]
    public void ToJson_EmptyLists_AreOmittedButTableCellItemsStay()
    {
        JsonObject card = new AdaptiveCard
        {
            Body = { new AdaptiveTable { Rows = { new AdaptiveTableRow { Cells = { new AdaptiveTableCell() } } } } },
        }.ToJsonObject();

        Assert.Null(card["actions"]);
        Assert.Null(card["body"]![0]!["columns"]);
        Assert.Empty(card["body"]![0]!["rows"]![0]!["cells"]![0]!["items"]!.AsArray());
    }
}
