using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.Testing.Postgres;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// A fresh, migrated database per test for the SQL ledger, reached through the real AddStorage wiring:
/// the contract tests reuse fixed keys, so every test needs its own empty ledger.
/// </summary>
internal sealed class SqlLedgerDatabase : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string? _folder;

    private SqlLedgerDatabase(IHost host, string? folder)
    {
        _host = host;
        _folder = folder;
    }

    public IInvoiceLedger Ledger => ActivatorUtilities.CreateInstance<InvoiceLedger>(_host.Services);

    public static async Task<SqlLedgerDatabase> CreateAsync(StorageProvider provider)
    {
        string? folder = null;
        Dictionary<string, string?> settings;
        if (provider == StorageProvider.Postgres)
        {
            PostgresCluster cluster = await PostgresCluster.GetAsync();
            settings = new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Bot"] = await cluster.CreateDatabaseAsync() };
        }
        else
        {
            folder = Directory.CreateTempSubdirectory("tbb-ledger-").FullName;
            settings = new() { ["Storage:Provider"] = "Sqlite", ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(folder, "ledger.db")}" };
        }
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddStorage();
        IHost host = builder.Build();
        await host.Services.GetRequiredService<StorageMigrator>().MigrateAsync(CancellationToken.None);
        return new SqlLedgerDatabase(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await ((IAsyncDisposable)_host).DisposeAsync();
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
