using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>
/// Reads the wire model's lists (<c>entities</c>, <c>attachments</c>, <c>membersAdded</c>, <c>membersRemoved</c>, …)
/// without their <c>null</c> items: a client that sends <c>[null]</c> sent nothing, and every reader of the model may
/// then rely on items being there. Writing is unchanged.
/// </summary>
internal sealed class NullSkippingListConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && typeToConvert.GetGenericTypeDefinition() == typeof(List<>)
        && typeToConvert.GetGenericArguments()[0] is { IsClass: true } item
        && item.Namespace == typeof(Activity).Namespace;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ItemsConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ItemsConverter<T> : JsonConverter<List<T>>
        where T : class
    {
        public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of {typeof(T).Name}.");
            }
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.Null && JsonSerializer.Deserialize<T>(ref reader, options) is { } item)
                {
                    items.Add(item);
                }
            }
            return items;
        }

        public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (T item in value)
            {
                JsonSerializer.Serialize(writer, item, options);
            }
            writer.WriteEndArray();
        }
    }
}
