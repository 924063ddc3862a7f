using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Connector;

internal sealed class ConnectorClient(ConnectorPipeline pipeline) : IConnectorClient
{
    public async Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, JsonObject activity, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(serviceUrl, ["v3", "conversations", conversationId, "activities"]);
        return ToResource(await pipeline.SendAsync(HttpMethod.Post, uri, activity, ct));
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, JsonObject activity, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(serviceUrl, ["v3", "conversations", conversationId, "activities", replyToId]);
        JsonObject reply = activity.DeepClone().AsObject();
        reply["replyToId"] ??= replyToId;
        return ToResource(await pipeline.SendAsync(HttpMethod.Post, uri, reply, ct));
    }

    public async Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, JsonObject activity, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(serviceUrl, ["v3", "conversations", conversationId, "activities", activityId]);
        JsonObject update = activity.DeepClone().AsObject();
        update["id"] ??= activityId;
        return ToResource(await pipeline.SendAsync(HttpMethod.Put, uri, update, ct));
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(serviceUrl, ["v3", "conversations", conversationId, "activities", activityId]);
        await pipeline.SendAsync(HttpMethod.Delete, uri, null, ct);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(serviceUrl, ["v3", "conversations"]);
        JsonObject? body = await pipeline.SendAsync(HttpMethod.Post, uri, parameters.ToJson(), ct) as JsonObject;
        return new ConversationResourceResponse(Text(body, "id"), Text(body, "activityId"), Text(body, "serviceUrl"));
    }

    public async Task SendTypingAsync(
        string serviceUrl, string conversationId, ConnectorAccount from, ConnectorAccount? recipient, CancellationToken ct)
    {
        JsonObject typing = new()
        {
            ["type"] = "typing",
            ["from"] = from.ToJson(),
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (recipient is not null)
        {
            typing["recipient"] = recipient.ToJson();
        }
        await SendToConversationAsync(serviceUrl, conversationId, typing, ct);
    }

    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(
            serviceUrl,
            ["v3", "conversations", conversationId, "pagedmembers"],
            [new("pageSize", pageSize?.ToString(CultureInfo.InvariantCulture)), new("continuationToken", continuationToken)]);
        JsonObject? body = await pipeline.SendAsync(HttpMethod.Get, uri, null, ct) as JsonObject;
        List<JsonObject> members = body?["members"] is JsonArray array
            ? [.. array.OfType<JsonObject>().Select(m => m.DeepClone().AsObject())]
            : [];
        return new PagedMembersResult(members, Text(body, "continuationToken"));
    }

    public async Task<JsonObject> GetConversationMemberAsync(
        string serviceUrl, string conversationId, string userId, CancellationToken ct)
    {
        Uri uri = ConnectorPaths.Build(serviceUrl, ["v3", "conversations", conversationId, "members", userId]);
        return await pipeline.SendAsync(HttpMethod.Get, uri, null, ct) as JsonObject
            ?? throw new InvalidOperationException("The Connector answered a member lookup without a member object.");
    }

    private static ResourceResponse ToResource(JsonNode? body) => new(Text(body as JsonObject, "id"));

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrEmpty(text) ? text : null;
}
