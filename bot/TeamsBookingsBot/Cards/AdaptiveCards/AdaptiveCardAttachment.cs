using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>Wraps a card as a Bot Framework attachment for an activity's <c>attachments</c> or an invoke response.</summary>
public static class AdaptiveCardAttachment
{
    public static JsonObject Create(AdaptiveCard card)
    {
        JsonObject content = card.ToJsonObject();
        int size = System.Text.Encoding.UTF8.GetByteCount(content.ToJsonString(AdaptiveCardSerializer.Options));
        if (size > AdaptiveCard.MaxSizeInBytes)
        {
            // Teams would silently drop it: a card this big is a bug in its builder (page or trim the list).
            throw new InvalidOperationException(
                $"The Adaptive Card is {size} bytes; Teams accepts at most {AdaptiveCard.MaxSizeInBytes}.");
        }
        return new JsonObject
        {
            ["contentType"] = AdaptiveCard.ContentType,
            ["content"] = content,
        };
    }
}
