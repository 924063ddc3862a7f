using System.Text.Json.Nodes;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// One person in one Teams chat with the real bot: typed messages and Action.Execute presses, as Teams sends them (the
/// recorded activities, with this person's tenant, user and conversation). Inputs are merged into the pressed button's
/// data, as Teams merges them.
/// </summary>
internal sealed class SetupChat(BotApplicationFactory app, FakeConnector connector, string tenantId, string userId, string conversationId)
{
    private static int activities;

    public async Task<JsonObject> SayForCardAsync(string text)
    {
        int before = connector.Requests.Count;
        await app.PostActivityAsync(Addressed(TeamsActivities.Message(connector.BaseUrl, text, NextId())));
        return PostedCard(before);
    }

    /// <summary>Installs the app in this person's chat; the card is the welcome the bot posts.</summary>
    public async Task<JsonObject> InstallForCardAsync()
    {
        int before = connector.Requests.Count;
        await app.PostActivityAsync(Addressed(TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl, NextId())));
        return PostedCard(before);
    }

    /// <summary>The card that replaced the pressed one, or the text the bot answered with.</summary>
    public async Task<JsonNode> PressAsync(JsonObject button, IReadOnlyDictionary<string, string>? inputs = null)
    {
        JsonObject data = button["data"]!.AsObject().DeepClone().AsObject();
        foreach ((string id, string value) in inputs ?? new Dictionary<string, string>())
        {
            data[id] = value;
        }
        JsonObject invoke = Addressed(TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, NextId()));
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = button["verb"]!.GetValue<string>(), ["data"] = data },
        };
        HttpResponseMessage response = await app.PostActivityAsync(invoke);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["value"]!;
    }

    public async Task<JsonObject> PressForCardAsync(JsonObject button, IReadOnlyDictionary<string, string>? inputs = null) =>
        await PressAsync(button, inputs) is JsonObject card
            ? card
            : throw new Xunit.Sdk.XunitException("The bot answered with text, not a card.");

    /// <summary>A press whose answer is a new card in the chat (the pressed card stays as it was).</summary>
    public async Task<JsonObject> PressForPostedCardAsync(JsonObject button, IReadOnlyDictionary<string, string>? inputs = null)
    {
        int before = connector.Requests.Count;
        await PressAsync(button, inputs);
        return PostedCard(before);
    }

    /// <summary>What Teams sends from <paramref name="card"/>'s inputs: each input's value as shown, with <paramref name="typed"/> over it.</summary>
    public static Dictionary<string, string> Typed(JsonObject card, IReadOnlyDictionary<string, string> typed)
    {
        Dictionary<string, string> inputs = Objects(card["body"])
            .Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && o["value"] is JsonValue)
            .ToDictionary(o => (string)o["id"]!, o => o["value"] is JsonValue v && v.TryGetValue(out string? text) ? text : o["value"]!.ToJsonString());
        foreach ((string id, string value) in typed)
        {
            inputs[id] = value;
        }
        return inputs;
    }

    public static JsonObject Button(JsonObject card, string verb, Func<JsonObject, bool>? which = null) =>
        Objects(card).FirstOrDefault(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb && (which?.Invoke(o) ?? true))
        ?? throw new Xunit.Sdk.XunitException($"No {verb} button on: {CardJson.Text(card)}");

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    private JsonObject PostedCard(int before)
    {
        Assert.True(connector.Requests.Count > before, "The bot posted nothing.");
        return connector.Requests[^1].Json["attachments"]![0]!["content"]!.AsObject();
    }

    private JsonObject Addressed(JsonObject activity)
    {
        activity["conversation"]!["id"] = conversationId;
        activity["conversation"]!["tenantId"] = tenantId;
        activity["channelData"]!["tenant"]!["id"] = tenantId;
        activity["from"]!["aadObjectId"] = userId;
        activity["from"]!["id"] = "29:" + userId;
        activity.Remove("replyToId");
        return activity;
    }

    private static string NextId() => "setup-" + Interlocked.Increment(ref activities);
}
