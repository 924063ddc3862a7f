using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Teams;

/// <summary>Recorded Teams activities from fixtures/teams, re-pointed at a local fake Connector.</summary>
internal static class TeamsActivities
{
    /// <summary>The activity in a fixture file (playground files wrap it as <c>{method, path, headers, body}</c>).</summary>
    public static JsonObject Load(string relativePath, string? serviceUrl = null, string? newId = null)
    {
        JsonObject file = JsonNode.Parse(File.ReadAllText(SharedPaths.Fixture("teams", relativePath)))!.AsObject();
        JsonObject activity = file["body"] is JsonObject body && file.ContainsKey("method") ? body : file;
        activity = activity.DeepClone().AsObject();
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }
        if (newId is not null)
        {
            activity["id"] = newId;
        }
        return activity;
    }

    public static JsonObject Message(string serviceUrl, string text, string id) =>
        With(Load("playground/inbound.message.personal.text.json", serviceUrl, id), a => a["text"] = text);

    public static JsonObject With(JsonObject activity, Action<JsonObject> edit)
    {
        edit(activity);
        return activity;
    }
}
