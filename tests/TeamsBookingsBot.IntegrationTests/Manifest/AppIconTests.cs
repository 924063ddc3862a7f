using System.Globalization;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.Manifest;

/// <summary>The committed icons are what manifest/icons-src draws, in the manifest's accent colour.</summary>
public sealed class AppIconTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("app-icons-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Icons_Generator_ReproducesTheCommittedPixels()
    {
        string generator = Path.Combine(PackageScript.ManifestFolder, "icons-src", "generate-icons.mjs");

        ProcessResult run = await NodeProcess.RunAsync("node", _temp, [generator, _temp], TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.StandardError);
        foreach (string icon in new[] { "color.png", "outline.png" })
        {
            // Pixels, not file bytes: another zlib build may compress the same pixels differently.
            PngImage committed = PngImage.Read(Path.Combine(PackageScript.ManifestFolder, icon));
            PngImage drawn = PngImage.Read(Path.Combine(_temp, icon));
            Assert.Equal(committed with { Scanlines = [] }, drawn with { Scanlines = [] });
            Assert.True(committed.Scanlines.AsSpan().SequenceEqual(drawn.Scanlines), $"{icon} differs from what icons-src draws.");
        }
    }

    [Fact]
    public void Icons_ColorIconBackground_IsTheManifestAccentColor()
    {
        string accent = JsonNode.Parse(File.ReadAllText(Path.Combine(PackageScript.ManifestFolder, "manifest.json")))!["accentColor"]!.GetValue<string>();
        PngImage color = PngImage.Read(Path.Combine(PackageScript.ManifestFolder, "color.png"));

        Assert.Equal((192, 192), (color.Width, color.Height));
        string corner = "#" + Convert.ToHexString(color.Pixel(0, 0).AsSpan(0, 3));
        Assert.Equal(accent.ToUpperInvariant(), corner);
        Assert.Equal(corner, "#" + Convert.ToHexString(color.Pixel(191, 191).AsSpan(0, 3)));
    }

    [Fact]
    public void Icons_Symbol_StaysInsideTheCentre120PixelsOfTheColorIcon()
    {
        // Teams crops the colour icon to a circle or rounded square; only the centre 120x120 is sure to show.
        PngImage color = PngImage.Read(Path.Combine(PackageScript.ManifestFolder, "color.png"));
        byte[] background = color.Pixel(0, 0);

        for (int y = 0; y < 192; y++)
        {
            for (int x = 0; x < 192; x++)
            {
                bool inSafeZone = x is >= 36 and < 156 && y is >= 36 and < 156;
                Assert.True(inSafeZone || color.Pixel(x, y).SequenceEqual(background),
                    string.Create(CultureInfo.InvariantCulture, $"Symbol pixel at ({x},{y}) is outside the safe zone."));
            }
        }
    }
}
