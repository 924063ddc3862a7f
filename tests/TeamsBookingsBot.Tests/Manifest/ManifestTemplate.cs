using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Manifest;

/// <summary>manifest/manifest.json as committed: valid JSON whose ids are still ${{...}} placeholders.</summary>
internal static class ManifestTemplate
{
    public static string Path { get; } = System.IO.Path.Combine(SharedPaths.RepoRoot, "manifest", "manifest.json");

    public static JsonObject Load() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject();

    public static JsonObject Bot(JsonObject manifest) => manifest["bots"]![0]!.AsObject();

    public static IEnumerable<(string[] Scopes, JsonObject Command)> BotCommands(JsonObject manifest) =>
        from list in Bot(manifest)["commandLists"]!.AsArray()
        let scopes = list!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray()
        from command in list["commands"]!.AsArray()
        select (scopes, command!.AsObject());
}
