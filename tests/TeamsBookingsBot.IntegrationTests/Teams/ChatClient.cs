using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Connector;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// Personal chats with the real bot over HTTP, as Teams posts them: typed messages and button presses (as Action.Execute
/// invokes or as the Action.Submit fallback's message), each chat by its conversation and tenant, the answers read from
/// the invoke response or from what the bot posted to the fake Connector.
/// </summary>
internal sealed class ChatClient(HttpClient client, FakeConnector connector, DateTimeOffset now)
{
    public const string CardMessageId = "card-message-1";

    private int activities;

    /// <summary>Types <paramref name="text"/>; returns what the bot posted in answer (text or card JSON).</summary>
    public async Task<string> SendAsync(string text, string conversation, string tenant)
    {
        int before = connector.Requests.Count;
        await PostAsync(Activity("message", conversation, tenant, a => a["text"] = text));
        RecordedConnectorRequest answer = Assert.Single(connector.Requests.Skip(before));
        return answer.Json["attachments"] is JsonArray attachments ? CardJson.Text(attachments[0]!["content"]!) : (string)answer.Json["text"]!;
    }

    public async Task<JsonObject> PressForCardAsync(JsonObject data, string conversation, string tenant, bool execute)
    {
        (string? text, JsonObject? card) = await PressAsync(data, conversation, tenant, execute);
        Assert.True(card is not null, "Expected a card, got: " + text);
        return card;
    }

    /// <returns>The answer as a person sees it: a card (in the invoke response, or put on the pressed message) or a text.</returns>
    public async Task<(string? Text, JsonObject? Card)> PressAsync(JsonObject data, string conversation, string tenant, bool execute)
    {
        string verb = (string)data["verb"]!;
        if (execute)
        {
            HttpResponseMessage response = await PostAsync(Activity("invoke", conversation, tenant, a =>
            {
                a["name"] = "adaptiveCard/action";
                a["replyToId"] = CardMessageId;
                a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
            }));
            JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return (string?)body["type"] == "application/vnd.microsoft.card.adaptive"
                ? (null, body["value"]!.AsObject())
                : ((string?)body["value"], null);
        }
        int before = connector.Requests.Count;
        await PostAsync(Activity("message", conversation, tenant, a =>
        {
            a["replyToId"] = CardMessageId;
            a["value"] = data.DeepClone();
        }));
        RecordedConnectorRequest answer = Assert.Single(connector.Requests.Skip(before));
        return answer.Json["attachments"] is JsonArray attachments
            ? (null, attachments[0]!["content"]!.AsObject())
            : ((string?)answer.Json["text"], null);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => client.PostAsJsonAsync("/api/messages", activity);

    public JsonObject Activity(string type, string conversation, string tenant, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Interlocked.Increment(ref activities)}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.BaseUrl + "/",
            ["timestamp"] = now.ToString("O"),
            ["localTimezone"] = "America/Los_Angeles",
            ["from"] = new JsonObject { ["id"] = "29:someone", ["name"] = "Someone", ["aadObjectId"] = "aad-" + conversation },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bookings Bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }
}
