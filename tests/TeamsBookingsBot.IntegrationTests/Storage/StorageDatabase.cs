using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// A migrated database for one test class on one provider, reached through the real AddStorage wiring;
/// tests that need an untouched database ask for a fresh one.
/// </summary>
public abstract class StorageDatabase : IAsyncLifetime
{
    private readonly List<IHost> hosts = [];

    public abstract StorageProvider Provider { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The class's migrated database.</summary>
    public IServiceProvider Services { get; private set; } = null!;

    protected string ContentRoot { get; } = Directory.CreateTempSubdirectory("tbb-storage-").FullName;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Configuration (Storage:Provider, ConnectionStrings:Bot) for a new, empty database.</summary>
    public abstract Task<Dictionary<string, string?>> CreateFreshDatabaseAsync();

    /// <summary>A host over <paramref name="configuration"/>, built but not started; disposed with the fixture.</summary>
    public IHost BuildHost(Dictionary<string, string?> configuration)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = ContentRoot,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.AddStorage();
        IHost host = builder.Build();
        hosts.Add(host);
        return host;
    }

    public async Task InitializeAsync()
    {
        Services = BuildHost(await CreateFreshDatabaseAsync()).Services;
        await Get<StorageMigrator>().MigrateAsync(CancellationToken.None);
    }

    public virtual async Task DisposeAsync()
    {
        foreach (IHost host in hosts)
        {
            await ((IAsyncDisposable)host).DisposeAsync();
        }
    }
}
