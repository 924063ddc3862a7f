using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Body of <c>POST v3/conversations</c> (proactive 1:1 chat or channel post). Teams routes by
/// <c>channelData.tenant.id</c>, so it is always written, from <see cref="TenantId"/> when the caller's channel data lacks it.
/// A channel post needs <see cref="IsGroup"/> = true, <c>channelData.channel.id</c> and an <see cref="Activity"/>.
/// </summary>
public sealed record ConversationParameters(
    bool IsGroup,
    ConnectorAccount Bot,
    IReadOnlyList<ConnectorAccount> Members,
    string TenantId,
    JsonObject? ChannelData = null,
    JsonObject? Activity = null,
    string? TopicName = null)
{
    public JsonObject ToJson()
    {
        JsonObject channelData = ChannelData?.DeepClone().AsObject() ?? [];
        channelData["tenant"] ??= new JsonObject { ["id"] = TenantId };

        JsonObject json = new()
        {
            ["isGroup"] = IsGroup,
            ["bot"] = Bot.ToJson(),
            ["members"] = new JsonArray([.. Members.Select(m => (JsonNode)m.ToJson())]),
            ["tenantId"] = TenantId,
            ["channelData"] = channelData,
        };
        if (TopicName is not null)
        {
            json["topicName"] = TopicName;
        }
        if (Activity is not null)
        {
            json["activity"] = Activity.DeepClone();
        }
        return json;
    }
}
