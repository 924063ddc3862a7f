using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>Reads a built card the way Teams sees it: as JSON.</summary>
internal static class CardJson
{
    public static JsonObject Of(AdaptiveCard card) => card.ToJsonObject();

    /// <summary>Every object in the card, depth first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<JsonObject> OfType(JsonObject card, string type) =>
        Objects(card).Where(o => o["type"] is JsonValue v && v.TryGetValue(out string? t) && t == type);

    /// <summary>Text a person sees in TextBlocks, TextRuns and facts, one a line.</summary>
    public static string VisibleText(JsonObject card) =>
        string.Join('\n', Objects(card["body"]).Select(Visible).OfType<string>());

    private static string? Visible(JsonObject o) => (string?)o["type"] switch
    {
        "TextBlock" or "TextRun" => (string?)o["text"],
        null when o.ContainsKey("title") && o.ContainsKey("value") => $"{o["title"]}: {o["value"]}",
        _ => null,
    };

    public static IReadOnlyList<JsonObject> TopLevelActions(JsonObject card) => [.. card["actions"]?.AsArray().Select(a => a!.AsObject()) ?? []];
}
