using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

internal static class AdaptiveCardSerializer
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // Unset values stay out of the card: smaller payloads under the 28 KB limit, and the host's defaults apply.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            // The card is JSON inside JSON, never HTML: keep non-ASCII and <at> mentions literal so our byte
            // count matches the one Teams (and teams-check) measures.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists, WriteTextLiterally } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // The one place every shown text leaves for the card, whether ours, Bookings', Business Central's or the user's.
    private static void WriteTextLiterally(JsonTypeInfo typeInfo)
    {
        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            if (property.Get is { } get && property.AttributeProvider?.IsDefined(typeof(HostFormattedTextAttribute), inherit: true) == true)
            {
                property.Get = owner => get(owner) is string text ? LiteralText.Of(text) : null;
            }
        }
    }

    // An empty list adds bytes and nothing else; a list the schema requires opts out with [JsonIgnore(Never)].
    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            bool required = property.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), inherit: false) == true;
            if (!required && property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IList<>))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
