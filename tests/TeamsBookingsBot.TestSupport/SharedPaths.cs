namespace TeamsBookingsBot.Testing;

/// <summary>
/// Where the tests find the recorded payloads (<c>fixtures/</c>) and the Node tools (<c>tools/</c>): the copies
/// inside the repository, so a fresh clone with nothing beside it runs every test. The project's shared folder
/// they were copied from is a reference only and is never read.
/// </summary>
public static class SharedPaths
{
    /// <summary>The repository root (the folder holding TeamsBookingsBot.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixtures { get; } = Path.Combine(RepoRoot, "fixtures");

    public static string Tools { get; } = Path.Combine(RepoRoot, "tools");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

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
