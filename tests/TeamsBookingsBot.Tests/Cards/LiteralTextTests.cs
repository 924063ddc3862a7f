using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

public sealed class LiteralTextTests
{
    private const string Joiner = "\u2060";

    [Theory]
    [InlineData("Ann Lee", "Ann Lee")]
    [InlineData("{ not a function }", "{ not a function }")]
    [InlineData("{{DATE(2017-02-14T06:08:39Z,SHORT)}}", "{" + Joiner + "{DATE(2017-02-14T06:08:39Z,SHORT)}}")]
    [InlineData("{{{TIME(2017-02-14T06:08:39Z)}}}", "{" + Joiner + "{" + Joiner + "{TIME(2017-02-14T06:08:39Z)}}}")]
    [InlineData("a {{ b {{", "a {" + Joiner + "{ b {" + Joiner + "{")]
    public void Of_OpeningBracesTogether_AreKeptApartByAWordJoiner(string text, string expected)
    {
        string literal = LiteralText.Of(text);

        Assert.Equal(expected, literal);
        Assert.DoesNotContain("{{", literal, StringComparison.Ordinal);
        Assert.Equal(text, literal.Replace(Joiner, "", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_EveryTextTheHostFormats_IsWrittenLiterallyButTheModelKeepsTheText()
    {
        const string function = "{{DATE(2017-02-14T06:08:39Z)}}";
        var card = new AdaptiveCard
        {
            Body =
            {
                new AdaptiveTextBlock(function),
                new AdaptiveRichTextBlock { Inlines = { new AdaptiveTextRun(function) } },
                new AdaptiveFactSet { Facts = { new AdaptiveFact(function, function) } },
                new AdaptiveToggleInput("t", function) { Label = function, ErrorMessage = function },
                new AdaptiveChoiceSetInput("c") { Choices = { new AdaptiveChoice(function, "v") } },
            },
            Actions = { new AdaptiveSubmitAction { Title = "Send", Data = new JsonObject { ["typed"] = function } } },
        };

        JsonObject json = card.ToJsonObject();

        string written = json.ToJsonString();
        Assert.Equal(8, CardJson.Objects(json["body"]).SelectMany(o => o).Count(p => p.Value is JsonValue v && v.TryGetValue(out string? s) && s == LiteralText.Of(function)));
        Assert.Equal(function, (string?)json["actions"]![0]!["data"]!["typed"]); // data goes back to the bot as it was
        Assert.Equal(function, ((AdaptiveTextBlock)card.Body[0]).Text);
        Assert.Single(written.Split("{{DATE").Skip(1)); // only in the data
    }
}
