using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>A <c>mention</c> entity: <c>text</c> is the <c>&lt;at&gt;…&lt;/at&gt;</c> run inside <c>activity.text</c>.</summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public string Type { get; set; } = EntityType;

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A mention of <paramref name="account"/>; put <see cref="Text"/> into the message text as well.</summary>
    public static Mention For(ChannelAccount account) => new()
    {
        Mentioned = new ChannelAccount { Id = account.Id, Name = account.Name },
        Text = $"<at>{account.Name}</at>",
    };

    public Entity ToEntity() => Entity.From(this);
}
