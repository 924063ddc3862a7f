using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Hosting;

/// <summary><c>http://localhost:3978/</c> as someone who just started the bot opens it: over real HTTP (Kestrel).</summary>
[Collection(AppHostCollection.Name)]
public sealed class StartPageTests
{
    [Fact]
    public async Task Root_Sandbox_SaysTheBotRunsHowToTalkToItAndLinksHealthAndReady()
    {
        using BotApplicationFactory app = new();
        using HttpClient http = StartOnKestrel(app, out string origin);

        using HttpResponseMessage response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>TeamsBookingsBot is running</h1>", page, StringComparison.Ordinal);
        Assert.Contains("built-in sandbox", page, StringComparison.Ordinal);
        Assert.Contains("npm ci --prefix tools/playground", page, StringComparison.Ordinal);
        string shown = WebUtility.HtmlDecode(page);
        Assert.Contains($"tools/playground/start.sh {origin}/api/messages 56150 /tmp/playground-logs > /tmp/playground.pid", shown, StringComparison.Ordinal);
        Assert.Contains("kill \"$(cat /tmp/playground.pid)\"", shown, StringComparison.Ordinal);
        Assert.Contains("Upload a custom app", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/health\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ready\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("default-src 'none';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/ready")).StatusCode);
    }

    [Fact]
    public async Task Root_RealServices_SaysSoAndShowsNoConfigurationValue()
    {
        const string AppId = "5f0c3a7e-1b2d-4c6e-8f90-a1b2c3d4e5f6";
        const string TenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        using BotApplicationFactory app = new(extra: new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "false",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppTenantId"] = TenantId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        using HttpClient http = StartOnKestrel(app, out _);

        string page = await http.GetStringAsync("/");

        Assert.Contains("your real Microsoft Bookings and Business Central", page, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox", page, StringComparison.OrdinalIgnoreCase);
        foreach (string value in new[] { AppId, TenantId, "not-a-real-secret", "bot.db" })
        {
            Assert.DoesNotContain(value, page, StringComparison.Ordinal);
        }
    }

    private static HttpClient StartOnKestrel(BotApplicationFactory app, out string origin)
    {
        app.UseKestrel(0);
        app.StartServer();
        origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return new HttpClient { BaseAddress = new Uri(origin) };
    }
}
