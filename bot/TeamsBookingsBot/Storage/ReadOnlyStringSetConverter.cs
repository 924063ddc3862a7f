using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Storage;

/// <summary>System.Text.Json cannot create an <see cref="IReadOnlySet{T}"/>; a stored set reads back as a HashSet.</summary>
internal sealed class ReadOnlyStringSetConverter : JsonConverter<IReadOnlySet<string>>
{
    public override IReadOnlySet<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<HashSet<string>>(ref reader, options) ?? [];

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToArray(), options);
}
