using System.Data.Common;
using System.Diagnostics;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Brings the schema to <see cref="MigrationCatalog.LatestVersion"/>: each pending migration in its own
/// transaction under the dialect's migration lock, re-checked after the lock is held, so two instances
/// starting at once apply each migration exactly once. A migration that moves existing rows to the configured tenant
/// reads it as <c>@configured_tenant</c> (null when configuration names none).
/// </summary>
internal sealed class StorageMigrator(
    IDbConnectionFactory db, TimeProvider time, ILogger<StorageMigrator> logger, IReadOnlyList<IMigration>? migrations = null,
    string? configuredTenantId = null)
{
    private const string ConfiguredTenantParameter = "configured_tenant";

    private const string CreateHistorySql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version {int} NOT NULL PRIMARY KEY,
            name {text} NOT NULL,
            applied_utc {utc} NOT NULL
        )
        """;

    private readonly IReadOnlyList<IMigration> catalog = migrations ?? MigrationCatalog.All;

    /// <summary>Applies what is pending; returns how many migrations this call applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        SqlDialect dialect = db.Dialect;
        logger.StorageProviderInUse(dialect.Provider);
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await dialect.PrepareDatabaseAsync(connection, ct);

        IReadOnlySet<int> applied = await ReadAppliedVersionsAsync(connection, dialect, ct);
        int count = 0;
        foreach (IMigration migration in catalog.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            if (await ApplyAsync(connection, dialect, migration, ct))
            {
                count++;
            }
        }

        int databaseVersion = Math.Max(applied.Count == 0 ? 0 : applied.Max(), catalog[^1].Version);
        if (databaseVersion > catalog[^1].Version)
        {
            logger.DatabaseAheadOfCode(databaseVersion, catalog[^1].Version);
        }
        logger.SchemaAtVersion(databaseVersion);
        return count;
    }

    /// <summary>Versions recorded in schema_migrations; empty when the table does not exist yet.</summary>
    internal static async Task<IReadOnlySet<int>> ReadAppliedVersionsAsync(DbConnection connection, SqlDialect dialect, CancellationToken ct)
    {
        await using (DbCommand exists = connection.Sql(dialect.TableExistsSql).With("name", "schema_migrations"))
        {
            if (await exists.ScalarInt64Async(ct) == 0)
            {
                return new HashSet<int>();
            }
        }
        HashSet<int> versions = [];
        await using DbCommand command = connection.Sql("SELECT version FROM schema_migrations");
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    private async Task<bool> ApplyAsync(DbConnection connection, SqlDialect dialect, IMigration migration, CancellationToken ct)
    {
        long started = time.GetTimestamp();
        await using DbTransaction transaction = await dialect.BeginMigrationTransactionAsync(connection, ct);
        await using (DbCommand create = connection.Sql(dialect.Expand(CreateHistorySql), transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (DbCommand check = connection.Sql("SELECT count(*) FROM schema_migrations WHERE version = @version", transaction)
            .With("version", migration.Version))
        {
            if (await check.ScalarInt64Async(ct) > 0)
            {
                return false; // another instance applied it while this one waited for the lock
            }
        }
        try
        {
            string sql = migration.BuildSql(dialect);
            await using (DbCommand apply = connection.Sql(sql, transaction))
            {
                if (sql.Contains("@" + ConfiguredTenantParameter, StringComparison.Ordinal))
                {
                    apply.With(ConfiguredTenantParameter, configuredTenantId);
                }
                await apply.ExecuteNonQueryAsync(ct);
            }
            await using (DbCommand record = connection.Sql(
                "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@version, @name, @applied)", transaction)
                .With("version", migration.Version).With("name", migration.Name).With("applied", time.GetUtcNow()))
            {
                await record.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        catch (DbException ex)
        {
            logger.MigrationFailed(migration.Version, migration.Name, ex);
            throw;
        }
        long elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        logger.MigrationApplied(migration.Version, migration.Name, elapsedMs);
        return true;
    }
}
