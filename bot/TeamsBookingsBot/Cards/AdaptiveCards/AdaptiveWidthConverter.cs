using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

internal sealed class AdaptiveWidthConverter : JsonConverter<AdaptiveWidth>
{
    public override AdaptiveWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cards are only written, never read back.");

    public override void Write(Utf8JsonWriter writer, AdaptiveWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is null)
        {
            writer.WriteNumberValue(value.Number);
        }
        else
        {
            writer.WriteStringValue(value.Keyword);
        }
    }
}
