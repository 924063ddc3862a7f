using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>
/// A card turned into the JSON that is sent, once: its size (what Teams' 28 KB limit applies to) is measured on those
/// very bytes, and the send, the invoke response and the log line all use this one rendering.
/// </summary>
public sealed class RenderedCard
{
    private RenderedCard(JsonObject json, int sizeInBytes)
    {
        Json = json;
        SizeInBytes = sizeInBytes;
    }

    /// <summary>The card's JSON, to put in an attachment or an invoke response (read from the bytes, not built again).</summary>
    public JsonObject Json { get; }

    /// <summary>Compact UTF-8 size of the card, the figure Teams' limit applies to.</summary>
    public int SizeInBytes { get; }

    public bool FitsTeamsLimit => SizeInBytes <= AdaptiveCard.MaxSizeInBytes;

    /// <summary>Existing call sites pass a card; it is rendered here, once.</summary>
    public static implicit operator RenderedCard(AdaptiveCard card) => Of(card);

    public static RenderedCard Of(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveCardSerializer.Options);
        CardRenderCount.Rendered();
        return new RenderedCard(JsonNode.Parse(bytes)!.AsObject(), bytes.Length);
    }
}
