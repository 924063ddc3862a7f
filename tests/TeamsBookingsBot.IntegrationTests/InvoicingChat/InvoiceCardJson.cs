using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>Reads a built card as Teams sees it: JSON.</summary>
internal static class InvoiceCardJson
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => o["type"] is JsonValue v && v.TryGetValue(out string? t) && t == type);

    /// <summary>Text a person sees in TextBlocks, TextRuns and facts, one a line.</summary>
    public static string VisibleText(JsonNode card) =>
        string.Join('\n', Objects(card["body"]).Select(o => (string?)o["type"] switch
        {
            "TextBlock" or "TextRun" => (string?)o["text"],
            null when o.ContainsKey("title") && o.ContainsKey("value") => $"{o["title"]}: {o["value"]}",
            _ => null,
        }).OfType<string>());

    /// <summary>Action.Execute buttons anywhere in the card (not their Submit fallbacks).</summary>
    public static IReadOnlyList<JsonObject> ExecuteActions(JsonNode card) => [.. OfType(card, "Action.Execute")];

    public static JsonObject Button(JsonNode card, string titleStart) =>
        ExecuteActions(card).Single(a => ((string?)a["title"])!.StartsWith(titleStart, StringComparison.Ordinal));

    public static JsonObject Of(AdaptiveCard card) => card.ToJsonObject();
}
