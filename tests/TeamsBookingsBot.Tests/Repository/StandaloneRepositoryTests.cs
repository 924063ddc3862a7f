using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Repository;

/// <summary>
/// A fresh clone with nothing beside it runs every test: fixtures and Node tools come from the repository's own
/// copies, and no test names a folder outside it.
/// </summary>
public sealed class StandaloneRepositoryTests
{
    private static readonly string[] ToolNames = ["teams-check", "playground"];

    // Ways a test could reach past the repository: the project's shared folder beside it, an absolute machine path,
    // or the old override that pointed the tests at that folder.
    private static readonly string[] OutsideReferences = ["../shared", "..\\shared", "/work/", "TEAMSBOOKINGSBOT_SHARED"];

    [Fact]
    public void FixturesAndTools_ResolveInsideTheRepository()
    {
        foreach (string path in new[] { SharedPaths.Fixtures, SharedPaths.Tools, SharedPaths.Fixture("teams", "recorded") })
        {
            Assert.True(IsInsideRepository(path), $"{path} is outside {SharedPaths.RepoRoot}");
            Assert.True(Directory.Exists(path), $"{path} is missing");
        }
    }

    [Fact]
    public void EveryFixtureFolder_HoldsItsRecordedPayloads()
    {
        foreach (string area in new[] { "bc", "graph", "teams" })
        {
            string folder = SharedPaths.Fixture(area);
            Assert.True(File.Exists(Path.Combine(folder, "README.md")), $"{area} fixtures have no README saying where they come from");
            Assert.NotEmpty(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories));
        }
    }

    [Fact]
    public void EachNodeTool_HasItsOwnPackageAndLockfile()
    {
        foreach (string tool in ToolNames)
        {
            string folder = Path.Combine(SharedPaths.Tools, tool);
            Assert.True(IsInsideRepository(folder), $"{folder} is outside the repository");
            Assert.True(File.Exists(Path.Combine(folder, "package.json")), $"{tool} has no package.json");
            Assert.True(File.Exists(Path.Combine(folder, "package-lock.json")), $"{tool} has no package-lock.json");
        }
    }

    /// <summary>
    /// A lockfile pins each package by version and integrity hash only: a "resolved" address would write a
    /// package registry's host into the repository and tie installs to it.
    /// </summary>
    [Fact]
    public void Lockfiles_PinEveryPackageByIntegrity_WithoutARegistryAddress()
    {
        foreach (string tool in ToolNames)
        {
            JsonObject lockfile = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedPaths.Tools, tool, "package-lock.json")))!.AsObject();
            JsonObject packages = lockfile["packages"]!.AsObject();
            Assert.NotEmpty(packages);
            foreach ((string name, JsonNode? entry) in packages.Where(p => p.Key.Length > 0))
            {
                Assert.False(entry!.AsObject().ContainsKey("resolved"), $"{tool}: {name} names the address it was downloaded from");
                Assert.True(entry.AsObject().ContainsKey("integrity"), $"{tool}: {name} has no integrity hash");
            }
        }
    }

    [Fact]
    public void TestSources_NameNoFolderOutsideTheRepository()
    {
        string self = Path.Combine(SharedPaths.RepoRoot, "tests", "TeamsBookingsBot.Tests", "Repository", nameof(StandaloneRepositoryTests) + ".cs");
        string[] offending = Directory.EnumerateFiles(Path.Combine(SharedPaths.RepoRoot, "tests"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".mjs" or ".sh" or ".json")
            .Where(f => !IsBuildOutput(f) && f != self)
            .SelectMany(f => OutsideReferences
                .Where(reference => File.ReadAllText(f).Contains(reference, StringComparison.Ordinal))
                .Select(reference => $"{Path.GetRelativePath(SharedPaths.RepoRoot, f)}: {reference}"))
            .ToArray();
        Assert.Empty(offending);
    }

    private static bool IsInsideRepository(string path) =>
        Path.GetFullPath(path).StartsWith(SharedPaths.RepoRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or "TestResults");
}
