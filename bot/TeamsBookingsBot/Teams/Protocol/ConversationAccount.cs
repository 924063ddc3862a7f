using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Teams.Protocol;

public sealed class ConversationAccount
{
    /// <summary><c>a:…</c> personal, <c>19:…@thread.v2</c> group chat, <c>19:…@thread.tacv2[;messageid=…]</c> channel.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public bool? IsGroup { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    internal ConversationAccount Copy() => new()
    {
        Id = Id,
        Name = Name,
        ConversationType = ConversationType,
        IsGroup = IsGroup,
        TenantId = TenantId,
        Properties = Properties is null ? null : new Dictionary<string, JsonElement>(Properties),
    };
}
