using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Testing.Postgres;
using Xunit.Abstractions;

namespace TeamsBookingsBot.Storage;

public sealed class StorageStartupTests(ITestOutputHelper output) : IDisposable
{
    private readonly string contentRoot = Directory.CreateTempSubdirectory("tbb-storage-").FullName;

    [Fact]
    public async Task Start_UnknownProvider_FailsNamingTheKey()
    {
        using IHost host = Build(new() { ["Storage:Provider"] = "MySql" });

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("Storage:Provider 'MySql' is unknown; use Sqlite or Postgres.", ex.Message);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_FailsNamingConnectionStringsBot()
    {
        using IHost host = Build(new() { ["Storage:Provider"] = "postgres" });

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("Storage:Provider is Postgres but ConnectionStrings:Bot is missing.", ex.Message);
    }

    [Fact]
    public async Task Start_NoConfiguration_CreatesSqliteFileUnderContentRootWithWalAndForeignKeys()
    {
        using IHost host = Build([]);

        await host.StartAsync();

        Assert.True(File.Exists(Path.Combine(contentRoot, "data", "bot.db")));
        await using DbConnection connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(default);
        await using DbCommand journal = connection.Sql("PRAGMA journal_mode");
        await using DbCommand foreignKeys = connection.Sql("PRAGMA foreign_keys");
        Assert.Equal("wal", await journal.ExecuteScalarAsync());
        Assert.Equal(1L, await foreignKeys.ExecuteScalarAsync());
        Assert.Equal(30, ((SqliteConnection)connection).DefaultTimeout);
        await host.StopAsync();
    }

    [Fact]
    public async Task Open_Sqlite_SqliteItselfWaitsForAnotherProcessesWriteLock()
    {
        using IHost host = Build([]);
        await host.StartAsync();
        IDbConnectionFactory db = host.Services.GetRequiredService<IDbConnectionFactory>();

        // Set on readers and writers alike: without it SQLITE_BUSY reaches Microsoft.Data.Sqlite, which sleeps 150 ms a try.
        await using DbConnection reader = await db.OpenAsync(default);
        await using DbCommand readerTimeout = reader.Sql("PRAGMA busy_timeout");
        Assert.Equal(30_000L, await readerTimeout.ExecuteScalarAsync());
        await using (DbConnection writer = await db.OpenWriterAsync(default))
        await using (DbCommand writerTimeout = writer.Sql("PRAGMA busy_timeout"))
        {
            Assert.Equal(30_000L, await writerTimeout.ExecuteScalarAsync());
        }
        await host.StopAsync();
    }

    [Fact]
    public async Task HealthCheck_PostgresPortClosed_Unhealthy()
    {
        int closedPort = FreePort();
        using IHost host = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Bot"] = $"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=none;Timeout=5",
        });

        HealthCheckResult result = await ActivatorUtilities.CreateInstance<StorageHealthCheck>(host.Services)
            .CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Postgres database unreachable.", result.Description);
    }

    [Fact]
    public async Task WebApplicationStart_WithStorage_MigratesBeforeTheServerListens()
    {
        int port = FreePort();
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Development,
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddStorage();
        StartupProbe probe = new(port);
        builder.Services.AddHostedService(sp => probe.With(sp.GetRequiredService<IDbConnectionFactory>()));
        await using WebApplication app = builder.Build();

        await app.StartAsync();

        Assert.True(probe.SchemaPresentAtStart);
        Assert.False(probe.ServerListeningAtStart);
        Assert.True(await StartupProbe.AcceptsAsync(port));
        await app.StopAsync();
    }

    [Fact]
    public async Task PostgresCluster_Started_ReportsStartupTime()
    {
        PostgresCluster cluster = await PostgresCluster.GetAsync();
        output.WriteLine($"PostgreSQL cluster started in {cluster.StartupTime.TotalMilliseconds:F0} ms on port {cluster.Port}");

        await using Npgsql.NpgsqlConnection connection = new(cluster.AdminConnectionString);
        await connection.OpenAsync();
        Assert.StartsWith("15.", connection.PostgreSqlVersion.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(contentRoot, recursive: true);
    }

    private IHost Build(Dictionary<string, string?> configuration)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddLogging();
        builder.AddStorage();
        return builder.Build();
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
