using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams;

/// <summary>Reads a bot card the way a person reads its buttons: find an Action.Execute by verb, anywhere in the card.</summary>
internal static class CardJson
{
    public static JsonObject? FindExecute(JsonNode? node, string verb)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "Action.Execute" && obj["verb"]?.GetValue<string>() == verb)
                {
                    return obj;
                }
                foreach ((string key, JsonNode? child) in obj)
                {
                    // The Action.Submit fallback repeats the data; only real Action.Execute buttons count.
                    if (key != "fallback" && FindExecute(child, verb) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonArray array:
                return array.Select(item => FindExecute(item, verb)).FirstOrDefault(found => found is not null);
            default:
                return null;
        }
    }

    public static JsonObject Data(JsonObject execute) => execute["data"]!.AsObject().DeepClone().AsObject();

    /// <summary>The card inside an adaptiveCard/action response (the playground drops statusCode).</summary>
    public static JsonObject ResponseCard(JsonNode? response)
    {
        Assert.NotNull(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]?.GetValue<string>());
        return response["value"]!.AsObject();
    }

    public static string Text(JsonNode card) => card.ToJsonString(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
