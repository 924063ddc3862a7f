using System.Text.Json;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>The Teams fields of <c>channelData</c> we rely on; the raw element stays on the activity.</summary>
public sealed record TeamsChannelData
{
    public string? TenantId { get; init; }

    public string? TeamId { get; init; }

    public string? TeamName { get; init; }

    public string? TeamAadGroupId { get; init; }

    public string? ChannelId { get; init; }

    public string? ChannelName { get; init; }

    /// <summary>For <c>conversationUpdate</c>: <c>teamMemberAdded</c>, <c>channelCreated</c>, …</summary>
    public string? EventType { get; init; }

    /// <summary>The channel chosen when the app was installed into a team (<c>settings.selectedChannel.id</c>).</summary>
    public string? SelectedChannelId { get; init; }

    public static TeamsChannelData From(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return new TeamsChannelData();
        }
        return new TeamsChannelData
        {
            TenantId = ReadString(data, "tenant", "id"),
            TeamId = ReadString(data, "team", "id"),
            TeamName = ReadString(data, "team", "name"),
            TeamAadGroupId = ReadString(data, "team", "aadGroupId"),
            ChannelId = ReadString(data, "channel", "id"),
            ChannelName = ReadString(data, "channel", "name"),
            EventType = ReadString(data, "eventType"),
            SelectedChannelId = ReadString(data, "settings", "selectedChannel", "id"),
        };
    }

    private static string? ReadString(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (string name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
