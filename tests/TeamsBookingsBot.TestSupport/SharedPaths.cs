namespace TeamsBookingsBot.Testing;

/// <summary>
/// Finds the project's <c>shared/</c> folder (docs, fixtures, tools). CI clones the repo with
/// shared/ beside it; developer worktrees may sit deeper, so every ancestor is tried.
/// TEAMSBOOKINGSBOT_SHARED overrides the search.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string> Root = new(Find);

    public static string SharedRoot => Root.Value;

    public static string Fixtures => Path.Combine(SharedRoot, "fixtures");

    public static string Tools => Path.Combine(SharedRoot, "tools");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>The repository root (the folder holding TeamsBookingsBot.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string Find()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("TEAMSBOOKINGSBOT_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnv) && Directory.Exists(Path.Combine(fromEnv, "fixtures")))
        {
            return fromEnv;
        }
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "fixtures")) && Directory.Exists(Path.Combine(candidate, "tools")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException(
            "Cannot find the shared/ folder (fixtures and tools) beside the repository. Set TEAMSBOOKINGSBOT_SHARED to its path.");
    }

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsBookingsBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find TeamsBookingsBot.sln above " + AppContext.BaseDirectory);
    }
}
