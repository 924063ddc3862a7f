using System.IO.Compression;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Manifest;

/// <summary>
/// manifest/package.sh builds a package that Microsoft's manifest schema, icon rules and package rules
/// (tools/teams-check) accept, and refuses to build one Teams would reject.
/// </summary>
public sealed class AppPackageTests : IDisposable
{
    private static readonly string[] PackageFiles = ["color.png", "manifest.json", "outline.png"];

    private readonly string _temp = Directory.CreateTempSubdirectory("app-package-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<string> InstalledZippers()
    {
        // node is always there (teams-check needs it); zip and python3 are covered where installed.
        var zippers = new TheoryData<string> { "node" };
        foreach (string zipper in new[] { "zip", "python3" }.Where(IsOnPath))
        {
            zippers.Add(zipper);
        }
        return zippers;
    }

    [Fact]
    public async Task Package_TestAppId_PassesTeamsCheckWithNoFindings()
    {
        string zip = await BuildAsync(new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId });

        ManifestCheckResult result = await TeamsCheck.CheckManifestAsync(zip);

        // Not even warnings: the ones check-manifest knows (bot/extension id mismatch, a query command with no
        // parameter, validDomains holding URLs) would each be a real defect in this package.
        Assert.True(result.Findings.Count == 0, result.Describe());
        Assert.Equal("v1.24", result.Schema);
    }

    [Theory]
    [MemberData(nameof(InstalledZippers))]
    public async Task Package_EachZipper_HoldsExactlyTheManifestAndIconsAtTheRoot(string zipper)
    {
        string zip = await BuildAsync(new Dictionary<string, string>
        {
            ["MICROSOFT_APP_ID"] = PackageScript.TestAppId,
            ["TEAMS_PACKAGE_ZIPPER"] = zipper,
        });

        using (ZipArchive archive = ZipFile.OpenRead(zip))
        {
            Assert.Equal(PackageFiles, archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            foreach (string icon in new[] { "color.png", "outline.png" })
            {
                using var copy = new MemoryStream();
                using (Stream entry = archive.GetEntry(icon)!.Open())
                {
                    await entry.CopyToAsync(copy);
                }
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(PackageScript.ManifestFolder, icon)), copy.ToArray());
            }
        }
        ManifestCheckResult result = await TeamsCheck.CheckManifestAsync(zip);
        Assert.True(result.Errors.Count == 0, result.Describe());
    }

    [Fact]
    public async Task Package_UpperCaseAppIdFromEnvironment_FillsEveryPlaceholderInLowerCase()
    {
        string zip = await BuildAsync(new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId.ToUpperInvariant() });

        string text = ReadManifest(zip);
        JsonObject manifest = JsonNode.Parse(text)!.AsObject();

        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.Equal(PackageScript.TestAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(PackageScript.TestAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(PackageScript.TestAppId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("1.0.0", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_AppIdAndVersionArguments_OverrideTheEnvironment()
    {
        const string otherId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

        string zip = await BuildAsync(
            new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId, ["APP_VERSION"] = "1.0.0" },
            "--app-id", otherId, "--version", "2.3.10");

        JsonObject manifest = JsonNode.Parse(ReadManifest(zip))!.AsObject();
        Assert.Equal(otherId, manifest["id"]!.GetValue<string>());
        Assert.Equal("2.3.10", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_NoOutArgument_WritesBuildTeamsBookingsBotZipBesideTheScript()
    {
        string folder = PackageScript.CopyManifestFolder(Path.Combine(_temp, "manifest"));

        ProcessResult run = await PackageScript.RunAsync(folder, new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId });

        string expected = Path.Combine(folder, "build", "TeamsBookingsBot.zip");
        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.True(File.Exists(expected));
        Assert.Equal(expected, run.StandardOutput.Trim());
    }

    [Fact]
    public async Task Package_ExistingOutputFile_IsReplacedNotAppendedTo()
    {
        string output = Path.Combine(_temp, "app.zip");
        await using (FileStream stale = File.Create(output))
        using (var archive = new ZipArchive(stale, ZipArchiveMode.Create))
        {
            archive.CreateEntry("stale.txt");
        }

        await BuildAsync(new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId });

        using ZipArchive built = ZipFile.OpenRead(output);
        Assert.Equal(PackageFiles, built.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("{2a1f6c3e-8b0d-4f52-9c7e-1d3b5a7f9e21}")]
    [InlineData("2a1f6c3e-8b0d-4f52-9c7e-1d3b5a7f9e2")]
    [InlineData("2a1f6c3e-8b0d-4f52-9c7e-1d3b5a7f9e21; rm -rf /")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Package_AppIdNotAGuid_ExitsWithUsageErrorAndWritesNothing(string appId)
    {
        string output = Path.Combine(_temp, "app.zip");

        ProcessResult run = await PackageScript.RunAsync(
            new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = appId }, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MICROSOFT_APP_ID", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-beta")]
    public async Task Package_VersionNotPlainSemver_ExitsWithUsageError(string version)
    {
        string output = Path.Combine(_temp, "app.zip");

        ProcessResult run = await PackageScript.RunAsync(
            new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId }, "--version", version, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("APP_VERSION", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Package_TemplateWithAnUnknownPlaceholder_FailsNamingIt()
    {
        string folder = PackageScript.CopyManifestFolder(Path.Combine(_temp, "manifest"));
        string template = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(template, (await File.ReadAllTextAsync(template)).Replace(
            "\"Your Company\"", "\"${{COMPANY_NAME}}\"", StringComparison.Ordinal));
        string output = Path.Combine(_temp, "app.zip");

        ProcessResult run = await PackageScript.RunAsync(
            folder, new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId }, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("${{COMPANY_NAME}}", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Package_ColourIconUsedAsOutline_IsRejectedByTeamsCheck()
    {
        // Shows the icon checks in the passing test have teeth: the outline must be 32x32 white-on-transparent.
        string folder = PackageScript.CopyManifestFolder(Path.Combine(_temp, "manifest"));
        File.Copy(Path.Combine(folder, "color.png"), Path.Combine(folder, "outline.png"), overwrite: true);
        string output = Path.Combine(_temp, "app.zip");
        ProcessResult run = await PackageScript.RunAsync(
            folder, new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = PackageScript.TestAppId }, "--out", output);
        Assert.True(run.ExitCode == 0, run.StandardError);

        ManifestCheckResult result = await TeamsCheck.CheckManifestAsync(output);

        Assert.Contains(result.Errors, f => f.Layer == "icons");
    }

    private async Task<string> BuildAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        string output = Path.Combine(_temp, "app.zip");
        ProcessResult run = await PackageScript.RunAsync(environment, [.. arguments, "--out", output]);
        Assert.True(run.ExitCode == 0, $"package.sh exited {run.ExitCode}: {run.StandardError}");
        return output;
    }

    private static string ReadManifest(string zip)
    {
        using ZipArchive archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        return reader.ReadToEnd();
    }

    private static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
