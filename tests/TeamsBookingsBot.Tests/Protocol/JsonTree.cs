using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Protocol;

/// <summary>
/// Compares JSON trees: property order is ignored, everything else counts. Numbers compare by their
/// written text, so "1.0" vs "1" or a re-formatted date is a difference.
/// </summary>
internal static class JsonTree
{
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (null, _):
            case (_, null):
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
            case (JsonObject e, JsonObject a):
                foreach ((string name, JsonNode? value) in e)
                {
                    if (!a.TryGetPropertyValue(name, out JsonNode? other))
                    {
                        return $"{path}.{name}: missing after round trip";
                    }
                    if (FirstDifference(value, other, $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }
                return a.Select(p => p.Key).FirstOrDefault(name => !e.ContainsKey(name)) is { } extra
                    ? $"{path}.{extra}: not in the original"
                    : null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items expected, got {a.Count}";
                }
                for (int i = 0; i < e.Count; i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            case (JsonValue e, JsonValue a):
                JsonValueKind kind = e.GetValueKind();
                if (kind != a.GetValueKind())
                {
                    return $"{path}: expected {kind}, got {a.GetValueKind()}";
                }
                bool same = kind == JsonValueKind.String
                    ? e.GetValue<string>() == a.GetValue<string>()
                    : e.ToJsonString() == a.ToJsonString();
                return same ? null : $"{path}: expected {Show(e)}, got {Show(a)}";
            default:
                return $"{path}: expected {expected.GetValueKind()}, got {actual.GetValueKind()}";
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
