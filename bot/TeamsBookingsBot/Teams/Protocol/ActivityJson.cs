using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>The one set of JSON rules for everything on the Bot Framework wire.</summary>
public static class ActivityJson
{
    // Property names are matched exactly (not the Web defaults' case-insensitive match), so an oddly cased
    // property lands in the extension data and is echoed as received instead of being renamed.
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static bool TryParse(string json, [NotNullWhen(true)] out Activity? activity, out string error)
    {
        ArgumentNullException.ThrowIfNull(json);
        activity = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "body is empty";
            return false;
        }
        try
        {
            return Check(JsonSerializer.Deserialize<Activity>(json, Options), out activity, out error);
        }
        catch (JsonException ex)
        {
            error = Describe(ex);
            return false;
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Activity? activity, out string error)
    {
        activity = null;
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            error = "body is empty";
            return false;
        }
        try
        {
            return Check(JsonSerializer.Deserialize<Activity>(utf8Json, Options), out activity, out error);
        }
        catch (JsonException ex)
        {
            error = Describe(ex);
            return false;
        }
    }

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    private static bool Check(Activity? parsed, [NotNullWhen(true)] out Activity? activity, out string error)
    {
        activity = null;
        if (parsed is null)
        {
            error = "body is JSON null, not an activity object";
            return false;
        }
        if (string.IsNullOrWhiteSpace(parsed.Type))
        {
            error = "activity has no type";
            return false;
        }
        activity = parsed;
        error = "";
        return true;
    }

    // Position and path only: the message of a JsonException can quote the payload.
    private static string Describe(JsonException ex) => ex.InnerException is null
        ? $"JSON does not fit the activity schema at {ex.Path ?? "$"}"
        : $"malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}";

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new NullSkippingListConverter() },
        };
        options.MakeReadOnly();
        return options;
    }
}
