using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.Testing.Postgres;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// One "bot instance": storage, the real BC client pointed at the sandbox, and AddInvoicing, with the booking
/// store faked. Two instances built on one database stand for two bot processes.
/// </summary>
internal sealed class InvoicingInstance : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string? _folder;

    private InvoicingInstance(IHost host, InMemoryBookingStore bookings, string? folder)
    {
        _host = host;
        Bookings = bookings;
        _folder = folder;
        Metrics = new BusinessCentralCallCounts(host.Services);
    }

    public InMemoryBookingStore Bookings { get; }

    public IServiceProvider Services => _host.Services;

    public IDraftInvoicing Invoicing => Services.GetRequiredService<IDraftInvoicing>();

    public IInvoicingMappings Mappings => Services.GetRequiredService<IInvoicingMappings>();

    public IInvoiceLedger Ledger => Services.GetRequiredService<IInvoiceLedger>();

    public BusinessCentralCallCounts Metrics { get; }

    /// <summary>Configuration for a fresh database: a SQLite file in <paramref name="folder"/>, or a new PostgreSQL database.</summary>
    public static async Task<Dictionary<string, string?>> NewDatabaseAsync(StorageProvider provider, string folder) => provider == StorageProvider.Postgres
        ? new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Bot"] = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync() }
        : new() { ["Storage:Provider"] = "Sqlite", ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(folder, Guid.NewGuid().ToString("N"))}.db" };

    public static async Task<InvoicingInstance> StartAsync(
        BcSandboxHost bc,
        Dictionary<string, string?>? database = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? afterInvoicing = null,
        TimeProvider? time = null)
    {
        string? folder = null;
        if (database is null)
        {
            folder = Directory.CreateTempSubdirectory("tbb-invoicing-").FullName;
            database = await NewDatabaseAsync(StorageProvider.Sqlite, folder);
        }
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        var configuration = new Dictionary<string, string?>(database)
        {
            ["BusinessCentral:BaseUrl"] = bc.BaseUrl,
            ["BusinessCentral:CompanyName"] = "CRONUS USA, Inc.",
            ["BusinessCentral:RetryBaseDelay"] = "00:00:00.020",
            ["BusinessCentral:RequestTimeout"] = "00:00:10",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddLogging();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        var bookings = new InMemoryBookingStore(InvoicingData.Salon);
        builder.Services.AddSingleton<IBookingStore>(bookings);
        builder.Services.AddSingleton<IBookingsBusinessCatalog>(bookings);
        builder.AddStorage();
        builder.AddBusinessCentral();
        builder.AddInvoicing();
        afterInvoicing?.Invoke(builder.Services);
        IHost host = builder.Build();
        await host.Services.GetRequiredService<StorageMigrator>().MigrateAsync(CancellationToken.None);
        return new InvoicingInstance(host, bookings, folder);
    }

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await ((IAsyncDisposable)_host).DisposeAsync();
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
