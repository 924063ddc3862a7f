using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

public abstract class StorageMigrationTests(StorageDatabase database)
{
    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationAndRecordsIt()
    {
        IServiceProvider services = await FreshAsync();

        int applied = await services.GetRequiredService<StorageMigrator>().MigrateAsync(default);

        Assert.Equal(MigrationCatalog.All.Count, applied);
        Assert.Equal(
            MigrationCatalog.All.Select(m => (m.Version, m.Name, database.Time.GetUtcNow())),
            await ReadHistoryAsync(services));
    }

    [Fact]
    public async Task Migrate_SecondRun_AppliesNothingAndKeepsHistory()
    {
        IServiceProvider services = await FreshAsync();
        StorageMigrator migrator = services.GetRequiredService<StorageMigrator>();
        await migrator.MigrateAsync(default);
        var before = await ReadHistoryAsync(services);
        database.Time.Advance(TimeSpan.FromHours(1));

        int applied = await migrator.MigrateAsync(default);

        Assert.Equal(0, applied);
        Assert.Equal(before, await ReadHistoryAsync(services));
    }

    [Fact]
    public async Task Migrate_FourInstancesAtOnce_EachMigrationAppliedOnce()
    {
        Dictionary<string, string?> configuration = await database.CreateFreshDatabaseAsync();
        StorageMigrator[] migrators = Enumerable.Range(0, 4)
            .Select(_ => database.BuildHost(configuration).Services.GetRequiredService<StorageMigrator>())
            .ToArray();
        TaskCompletionSource go = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int>[] runs = migrators.Select(async migrator =>
        {
            await go.Task;
            return await migrator.MigrateAsync(default);
        }).ToArray();

        go.SetResult();
        int[] applied = await Task.WhenAll(runs);

        Assert.Equal(MigrationCatalog.All.Count, applied.Sum());
        Assert.Equal(MigrationCatalog.All.Count, (await ReadHistoryAsync(database.BuildHost(configuration).Services)).Count);
    }

    [Fact]
    public async Task Migrate_FailingMigration_RollsBackItsChangesAndRecordsNothing()
    {
        IServiceProvider services = await FreshAsync();
        IDbConnectionFactory db = services.GetRequiredService<IDbConnectionFactory>();
        StorageMigrator migrator = new(db, database.Time, services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<StorageMigrator>>(),
            [.. MigrationCatalog.All, new BrokenMigration(MigrationCatalog.LatestVersion + 1)]);

        await Assert.ThrowsAnyAsync<DbException>(() => migrator.MigrateAsync(default));

        Assert.Equal(MigrationCatalog.All.Count, (await ReadHistoryAsync(services)).Count);
        await using DbConnection connection = await db.OpenAsync(default);
        await using DbCommand exists = connection.Sql(db.Dialect.TableExistsSql).With("name", "half_done");
        Assert.Equal(0L, await exists.ScalarInt64Async(default));
    }

    [Fact]
    public async Task HealthCheck_MigratedDatabase_Healthy()
    {
        HealthCheckResult result = await ActivatorUtilities.CreateInstance<StorageHealthCheck>(database.Services).CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task HealthCheck_NotMigrated_UnhealthyWithPendingCount()
    {
        IServiceProvider services = await FreshAsync();

        HealthCheckResult result = await ActivatorUtilities.CreateInstance<StorageHealthCheck>(services).CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains($"{MigrationCatalog.All.Count} pending", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_Registered_TaggedReady()
    {
        HealthCheckServiceOptions options = database.Get<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value;

        HealthCheckRegistration registration = Assert.Single(options.Registrations, r => r.Name == StorageHealthCheck.Name);
        Assert.Contains("ready", registration.Tags);
    }

    private async Task<IServiceProvider> FreshAsync() =>
        database.BuildHost(await database.CreateFreshDatabaseAsync()).Services;

    private static async Task<List<(int Version, string Name, DateTimeOffset AppliedUtc)>> ReadHistoryAsync(IServiceProvider services)
    {
        IDbConnectionFactory db = services.GetRequiredService<IDbConnectionFactory>();
        await using DbConnection connection = await db.OpenAsync(default);
        await using DbCommand command = connection.Sql("SELECT version, name, applied_utc FROM schema_migrations ORDER BY version");
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        List<(int, string, DateTimeOffset)> rows = [];
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetUtc(2)));
        }
        return rows;
    }

    private sealed class BrokenMigration(int version) : IMigration
    {
        public int Version => version;

        public string Name => "broken";

        public string BuildSql(SqlDialect dialect) => dialect.Expand("CREATE TABLE half_done (id {int}); SELECT * FROM no_such_table");
    }
}
