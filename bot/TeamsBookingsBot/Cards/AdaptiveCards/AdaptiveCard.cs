using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>An Adaptive Card 1.5 (the newest version Teams renders for bot cards).</summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    // Teams drops a card over 28 KB of compact UTF-8 JSON without telling the sender.
    public const int MaxSizeInBytes = 28 * 1024;

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version => "1.5";

    /// <summary>Teams' card extension: full width uses the whole chat column instead of a bubble.</summary>
    [JsonIgnore]
    public bool FullWidth { get; init; }

    [JsonPropertyName("msteams")]
    public JsonObject? MsTeams => FullWidth ? new JsonObject { ["width"] = "Full" } : null;

    public AdaptiveRefresh? Refresh { get; init; }

    public IList<AdaptiveElement> Body { get; init; } = [];

    public IList<AdaptiveAction> Actions { get; init; } = [];

    public AdaptiveAction? SelectAction { get; init; }

    /// <summary>Shown by clients that cannot render the card, and in notifications.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public string? Lang { get; init; }

    /// <summary>Compact UTF-8 size of the card's JSON, the figure Teams' limit applies to. Renders the card: to send it too, <see cref="Render"/> once.</summary>
    [JsonIgnore]
    public int SizeInBytes => Render().SizeInBytes;

    [JsonIgnore]
    public bool FitsTeamsLimit => SizeInBytes <= MaxSizeInBytes;

    /// <summary>The card as the JSON that is sent, with its size measured on it.</summary>
    public RenderedCard Render() => RenderedCard.Of(this);

    public string ToJson() => Render().Json.ToJsonString(AdaptiveCardSerializer.Options);

    public JsonObject ToJsonObject() => Render().Json;
}
