using System.Text.Json;

namespace TeamsBookingsBot.Testing;

/// <summary>
/// Microsoft's validators (official Adaptive Cards 1.5 schema, the adaptivecards renderer's parser, Teams
/// rules) from the repository's tools/teams-check, run through node. See that folder's README.
/// </summary>
public static class TeamsCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<CardCheckResult> CheckCardAsync(string name, string json, CancellationToken ct = default) =>
        (await CheckCardsAsync([(name, json)], ct))[0];

    /// <summary>Checks each JSON (a card, an attachment or a whole activity) and returns results in input order.</summary>
    public static async Task<IReadOnlyList<CardCheckResult>> CheckCardsAsync(
        IEnumerable<(string Name, string Json)> cards, CancellationToken ct = default)
    {
        string tool = await NodeToolFolder.PrepareAsync("teams-check");
        string directory = Directory.CreateTempSubdirectory("teams-check-").FullName;
        try
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((string name, string json) in cards)
            {
                // Numbered so the tool's sorted walk and our input order agree and names may repeat.
                string file = Path.Combine(directory, $"{names.Count:D4}.json");
                await File.WriteAllTextAsync(file, json, ct);
                names[Path.GetFileName(file)] = name;
            }
            ProcessResult run = await NodeProcess.RunAsync("node", tool, ["check-cards.mjs", "--json", directory], Timeout, ct);
            if (run.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"check-cards failed (exit {run.ExitCode}): {run.StandardError}");
            }
            CardsReport report = JsonSerializer.Deserialize<CardsReport>(run.StandardOutput, Json)
                ?? throw new InvalidOperationException("check-cards printed no report.");
            return [.. report.Files.Select(f => new CardCheckResult(names[Path.GetFileName(f.File)], f.Findings))];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Checks a Teams app package: a folder, an app.zip or a manifest.json.</summary>
    public static async Task<ManifestCheckResult> CheckManifestAsync(string path, CancellationToken ct = default)
    {
        string tool = await NodeToolFolder.PrepareAsync("teams-check");
        ProcessResult run = await NodeProcess.RunAsync(
            "node", tool, ["check-manifest.mjs", "--json", Path.GetFullPath(path)], Timeout, ct);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"check-manifest failed (exit {run.ExitCode}): {run.StandardError}");
        }
        ManifestReport report = JsonSerializer.Deserialize<ManifestReport>(run.StandardOutput, Json)
            ?? throw new InvalidOperationException("check-manifest printed no report.");
        return new ManifestCheckResult(report.Schema, report.Findings);
    }

    private sealed record CardsReport(IReadOnlyList<FileReport> Files);

    private sealed record FileReport(string File, IReadOnlyList<CardCheckFinding> Findings);

    private sealed record ManifestReport(string? Schema, IReadOnlyList<CardCheckFinding> Findings);
}
