using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Teams.Protocol;

public sealed class ChannelAccount
{
    /// <summary>Teams user ids look like <c>29:…</c>, bot ids like <c>28:{appId}</c>.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The stable user key: <c>29:…</c> ids are per-bot, the Entra object id is not.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    internal ChannelAccount Copy() => new()
    {
        Id = Id,
        Name = Name,
        AadObjectId = AadObjectId,
        Role = Role,
        Properties = Properties is null ? null : new Dictionary<string, JsonElement>(Properties),
    };
}
