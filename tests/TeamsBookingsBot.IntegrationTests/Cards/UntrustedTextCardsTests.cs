using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Testing;
using RenderedCard = TeamsBookingsBot.Testing.RenderedCard;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// Text from Bookings, Business Central and the user shows exactly as typed on every card: Microsoft's renderer runs
/// no DATE()/TIME() function in it, and it sits only in TextRuns, where Teams parses no markdown and no links.
/// </summary>
public sealed class UntrustedTextCardsTests
{
    private const string DateFunction = "{{DATE(2017-02-14T06:08:39Z,SHORT)}}";
    private const string TimeFunction = "{{TIME(2017-02-14T06:08:39Z)}}";
    private const string Markdown = "**bold** [site](https://evil.example)";

    // Teams parses markdown in TextBlock.text and in both halves of a Fact, nowhere else (msteams-docs, "Text formatting
    // in cards"): a choice's title and what an input holds are shown as typed.
    private static readonly string[] PlainInTeams = ["TextRun.text", "Input.Choice.title", "Input.Text.value"];

    [Theory]
    [InlineData(DateFunction)]
    [InlineData(TimeFunction)]
    public async Task Render_TextFunctionInEveryUntrustedPlace_ShowsItsCharactersNotADate(string function)
    {
        (string Name, AdaptiveCard Card)[] cards = [.. UntrustedTextCards.Build(function)];

        IReadOnlyList<RenderedCard> rendered = await CardRenderer.RenderAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        Assert.Equal(cards.Select(c => c.Name), rendered.Select(r => r.Name));
        Assert.All(rendered, card =>
        {
            // The word joiners that keep the braces apart are invisible: a reader sees the characters typed.
            string seen = card.Text.Replace(LiteralText.WordJoiner.ToString(), "", StringComparison.Ordinal);
            Assert.True(seen.Contains(function, StringComparison.Ordinal), $"{card.Name}: {seen}");
            string rest = seen.Replace(function, "", StringComparison.Ordinal);
            Assert.False(rest.Contains("2017", StringComparison.Ordinal) || rest.Contains("6:08", StringComparison.Ordinal),
                $"{card.Name} shows a date or time the renderer computed: {seen}");
        });
    }

    [Fact]
    public void Json_MarkdownAndLinksInEveryUntrustedPlace_AreOnlyInTextRuns()
    {
        foreach ((string name, AdaptiveCard card) in UntrustedTextCards.Build(Markdown))
        {
            string[] places = [.. Places(card.ToJsonObject(), "", Markdown)];

            Assert.True(places.Length > 0, $"{name}: the text is not on the card at all");
            Assert.True(places.All(PlainInTeams.Contains), $"{name}: {string.Join(", ", places)}");
        }
    }

    [Fact]
    public async Task TeamsCheck_CardsWithUntrustedText_HaveNoErrorsOrWarnings()
    {
        (string Name, AdaptiveCard Card)[] cards = [.. UntrustedTextCards.Build(DateFunction + " " + Markdown)];

        IReadOnlyList<CardCheckResult> results = await TeamsCheck.CheckCardsAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        string[] failures = [.. results.Where(r => r.Findings.Count > 0).Select(r => r.Describe())];
        Assert.True(failures.Length == 0, string.Join(Environment.NewLine, failures));
        Assert.All(cards, c => Assert.True(c.Card.SizeInBytes <= AdaptiveCard.MaxSizeInBytes, c.Name));
    }

    /// <summary>"TextRun.text", "TextBlock.text", "Fact.value"...: where a shown property holds <paramref name="text"/>.</summary>
    private static IEnumerable<string> Places(JsonNode? node, string owner, string text)
    {
        switch (node)
        {
            case JsonObject obj:
                string type = (string?)obj["type"]
                    ?? (owner == "Input.ChoiceSet" ? "Input.Choice" : obj.ContainsKey("title") && obj.ContainsKey("value") ? "Fact" : owner);
                foreach ((string key, JsonNode? value) in obj)
                {
                    // Action data travels back to the bot unseen; fallbackText is plain text for clients without cards.
                    if (key is "data" or "fallbackText")
                    {
                        continue;
                    }
                    if (value is JsonValue v && v.TryGetValue(out string? s) && s.Contains(text, StringComparison.Ordinal))
                    {
                        yield return $"{type}.{key}";
                    }
                    foreach (string place in Places(value, type, text))
                    {
                        yield return place;
                    }
                }
                break;
            case JsonArray array:
                foreach (string place in array.SelectMany(item => Places(item, owner, text)))
                {
                    yield return place;
                }
                break;
        }
    }
}
