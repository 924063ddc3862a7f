using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Testing.Playground;

/// <summary>A bot message as the playground's chat window received it (one websocket frame).</summary>
/// <param name="Index">Position in the session's message list (0-based).</param>
/// <param name="Action">"createMessage" or "updateMessage".</param>
/// <param name="MessageId">The id to use as replyToId when clicking a button on this message.</param>
/// <param name="Cards">The Adaptive Card contents among its attachments.</param>
public sealed record PlaygroundMessage(
    int Index, string Action, string? ConversationId, string? MessageId, string? Text, IReadOnlyList<JsonObject> Cards, JsonObject Frame)
{
    private static readonly JsonSerializerOptions Literal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PlaygroundMessage FromFrame(int index, JsonObject frame)
    {
        JsonObject? message = frame["message"] as JsonObject;
        JsonObject[] cards = [.. (message?["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => a["content"]).OfType<JsonObject>()];
        return new PlaygroundMessage(
            index, (string?)frame["action"] ?? "", (string?)frame["actionConversationId"],
            (string?)message?["messageId"], (string?)message?["text"], cards, frame);
    }

    /// <summary>True when any card's JSON contains the text (ordinal), e.g. a heading or a verb.</summary>
    public bool CardContains(string text) => Cards.Any(c => c.ToJsonString(Literal).Contains(text, StringComparison.Ordinal));
}
