using System.Text.Json.Nodes;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// Activities as Teams sends them to the list chat tests (a personal chat, Alex in Los Angeles), and the text of the
/// cards the bot answers with.
/// </summary>
internal sealed class ListChatActivities(string serviceUrl, string conversationId, DateTimeOffset now)
{
    public JsonObject Activity(string type, string id, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["timestamp"] = now.ToString("O"),
            ["localTimezone"] = "America/Los_Angeles",
            ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Alex Wilber", ["aadObjectId"] = "00000000-0000-0000-0000-000000000020" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bookings Bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }

    /// <summary>An Action.Execute press of a button whose data is <paramref name="data"/>, on the card <paramref name="replyToId"/>.</summary>
    public JsonObject Invoke(string id, JsonObject data, string replyToId, string localTimezone = "America/Los_Angeles") => Activity("invoke", id, activity =>
    {
        activity["name"] = "adaptiveCard/action";
        activity["localTimezone"] = localTimezone;
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data },
        };
    });

    /// <summary>Every text of a card (TextBlock text, TextRun text), one a line.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join('\n', obj.Select(p => p.Key == "text" && p.Value is JsonValue v ? (string?)v : Text(p.Value))),
        JsonArray array => string.Join('\n', array.Select(Text)),
        _ => "",
    };

    public static JsonObject CardOf(JsonObject activity) => activity["attachments"]![0]!["content"]!.AsObject();
}
