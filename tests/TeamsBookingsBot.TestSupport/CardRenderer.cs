using System.Text.Json;

namespace TeamsBookingsBot.Testing;

/// <summary>
/// What Microsoft's <c>adaptivecards</c> renderer shows for a card: rendered under jsdom by render-card-text.cjs with
/// teams-check's packages, so a test reads the text after the renderer's DATE()/TIME() functions ran. Markdown is
/// not processed there (no markdown library), so markdown is checked on the card JSON instead.
/// </summary>
public static class CardRenderer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The visible text of each card, one text node a line, in input order.</summary>
    public static async Task<IReadOnlyList<RenderedCard>> RenderAsync(IEnumerable<(string Name, string Json)> cards, CancellationToken ct = default)
    {
        string tool = await NodeToolFolder.PrepareAsync("teams-check");
        string script = Path.Combine(SharedPaths.RepoRoot, "tests", "TeamsBookingsBot.TestSupport", "render-card-text.cjs");
        string directory = Directory.CreateTempSubdirectory("card-render-").FullName;
        try
        {
            List<string> names = [];
            List<string> files = [];
            foreach ((string name, string json) in cards)
            {
                string file = Path.Combine(directory, $"{names.Count:D4}.json");
                await File.WriteAllTextAsync(file, json, ct);
                names.Add(name);
                files.Add(file);
            }
            ProcessResult run = await NodeProcess.RunAsync("node", tool, [script, tool, .. files], Timeout, ct);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"render-card-text failed (exit {run.ExitCode}): {run.StandardError}");
            }
            string[] texts = JsonSerializer.Deserialize<string[]>(run.StandardOutput)
                ?? throw new InvalidOperationException("render-card-text printed nothing.");
            return [.. names.Zip(texts, (name, text) => new RenderedCard(name, text))];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
