using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// The whole bot (Program) on Kestrel at 127.0.0.1 in the Development environment, unauthenticated local mode, with
/// the given settings on top, its own folder as content root (appsettings.json), as <c>dotnet run</c> starts it. The
/// factory is keyed by a type of the bot's assembly: this project has a Program too.
/// </summary>
internal sealed class BenchmarkBot : IDisposable
{
    private readonly WebApplicationFactory<BotMessageEndpoint> factory;

    private BenchmarkBot(WebApplicationFactory<BotMessageEndpoint> factory)
    {
        this.factory = factory;
        Address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public string Address { get; }

    public IServiceProvider Services => factory.Services;

    public static BenchmarkBot Start(IReadOnlyDictionary<string, string?> settings)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TEAMSBOOKINGSBOT", BotProjectFolder());
        var factory = new WebApplicationFactory<BotMessageEndpoint>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Bot:AllowUnauthenticated", "true");
            web.UseSetting("Bot:AllowLoopbackServiceUrls", "true");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Scheduling:InstanceName", "bench-" + Guid.NewGuid().ToString("N"));
            web.UseSetting("urls", "http://127.0.0.1:0");
            foreach ((string key, string? value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return new BenchmarkBot(factory);
    }

    public void Dispose() => factory.Dispose();

    private static string BotProjectFolder()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "bot", "TeamsBookingsBot");
            if (File.Exists(Path.Combine(candidate, "TeamsBookingsBot.csproj")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmark from a clone of the repository: bot/TeamsBookingsBot was not found above " + AppContext.BaseDirectory);
    }
}
