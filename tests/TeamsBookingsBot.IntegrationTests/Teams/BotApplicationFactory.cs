using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// The real bot (Program) on a throwaway SQLite file. By default it runs as a developer would locally:
/// Development, unauthenticated mode, loopback service URLs allowed, sandbox on. <see cref="Production"/>
/// turns real authentication on against a local OpenID metadata server. The app and Quartz read
/// <see cref="Time"/>, a fake clock at <see cref="Now"/>; the sandbox Bookings is generated around that day.
/// </summary>
internal sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    /// <summary>Wed 18 Nov 2026, noon in the sandbox salon (PST): "yesterday" is Tuesday, a working day.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 20, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("tbb-app-").FullName;
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;

    public BotApplicationFactory(string environment = "Development", IDictionary<string, string?>? extra = null)
    {
        this.environment = environment;
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bot"] = "Data Source=" + Path.Combine(folder, "bot.db"),
            ["Sandbox:Enabled"] = "true",
            ["Bot:AllowLoopbackServiceUrls"] = "true",
            ["Bot:AllowUnauthenticated"] = environment == "Development" ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // Quartz keeps schedulers in a process-wide registry by name: each test host gets its own.
            ["Scheduling:InstanceName"] = "test-" + Guid.NewGuid().ToString("N"),
            // When a test runs the app on Kestrel: a free loopback port, never the bot's default 3978.
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach ((string key, string? value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public Action<IServiceCollection>? TestServices { get; init; }

    public FakeTimeProvider Time { get; } = new(Now);

    public static BotApplicationFactory Production(
        string metadataUrl, string appId, string tenantId, IEnumerable<(string Key, string Value)>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppTenantId"] = tenantId,
            ["MicrosoftAppPassword"] = "fake-pw",
            ["Bot:OpenIdMetadataUrl"] = metadataUrl,
        };
        foreach ((string key, string value) in extra ?? [])
        {
            settings[key] = value;
        }
        return new BotApplicationFactory("Production", settings) { TestServices = services };
    }

    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await CreateClient().SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach ((string key, string? value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task: the OS temp cleaner gets it.
            }
        }
    }
}
