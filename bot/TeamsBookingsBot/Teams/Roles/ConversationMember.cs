using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Roles;

/// <summary>A member of the conversation as the Connector describes them: Teams id, display name (untrusted), Entra object id.</summary>
internal sealed record ConversationMember(string Id, string Name, string AadObjectId)
{
    /// <summary>Null for an account without an Entra object id (a bot, a guest the Connector does not describe).</summary>
    public static ConversationMember? From(JsonObject json) =>
        Text(json, "id") is { } id && Text(json, "aadObjectId") is { } aad ? new ConversationMember(id, Text(json, "name") ?? aad, aad) : null;

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
