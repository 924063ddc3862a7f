using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Protocol;

/// <summary>Every JSON file under fixtures/teams, and the activities inside each.</summary>
internal static class TeamsFixtures
{
    // Files that hold no activity at all: invoke response bodies, decoded JWTs, headers, REST GETs.
    private static readonly string[] NonActivityPrefixes = ["response.", "jwt."];

    private static readonly HashSet<string> NonActivityFiles = new(StringComparer.Ordinal)
    {
        "inbound.http-request-headers.json",
        "outbound.connector-responses.json",
        "outbound.rest.get-team-channels.json",
        "outbound.rest.get-team-details.json",
    };

    public static string Root => SharedPaths.Fixture("teams");

    public static IReadOnlyList<string> AllJsonFiles() =>
    [
        .. Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static bool IsNonActivity(string relativePath)
    {
        string name = Path.GetFileName(relativePath);
        return NonActivityFiles.Contains(name) || NonActivityPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
    }

    public static JsonNode Load(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, relativePath)))
        ?? throw new InvalidOperationException(relativePath + " is JSON null");

    /// <summary>The activity itself, the <c>body</c> of a captured request, or the <c>activity</c> inside a create-conversation body.</summary>
    public static IReadOnlyList<JsonObject> ActivitiesIn(JsonNode root)
    {
        if (root is not JsonObject obj)
        {
            return [];
        }
        if (obj["body"] is JsonObject body)
        {
            return body["type"] is not null ? [body] : body["activity"] is JsonObject inner ? [inner] : [];
        }
        return obj["type"] is not null ? [obj] : [];
    }

    public static JsonObject Activity(string relativePath) => ActivitiesIn(Load(relativePath)).Single();
}
