using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Migration 11 moves the rows that are not keyed by a business to a tenant: the tenant of their conversation's stored
/// reference, else the configured one; with no configured tenant, rows it cannot place stay out of every tenant's reach.
/// </summary>
public abstract class TenantScopeMigrationTests(StorageDatabase database)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Migrate_WithConfiguredTenant_RowsTakeTheirConversationsTenantElseTheConfiguredOneInLowerCase()
    {
        (IDbConnectionFactory db, StorageMigrator migrator) = await BeforeTenantsAsync(new() { ["MicrosoftAppTenantId"] = "Configured-Tenant" });

        await migrator.MigrateAsync(default);

        Assert.Equal(
            ["audit|a:known|tenant-1", "audit|a:unknown|configured-tenant", "list|a:unknown|configured-tenant",
             "receipt|a:known|tenant-1", "receipt|a:unknown|configured-tenant", "reference|a:known|tenant-1",
             "run|a:known|tenant-1", "run|a:unknown|configured-tenant"],
            await TenantsAsync(db));
    }

    [Fact]
    public async Task Migrate_NoAppTenantButTheSandbox_RowsOfUnknownConversationsTakeTheSandboxTenant()
    {
        (IDbConnectionFactory db, StorageMigrator migrator) = await BeforeTenantsAsync(new() { ["Sandbox:Enabled"] = "true" });

        await migrator.MigrateAsync(default);

        Assert.Contains("audit|a:unknown|" + Hosting.SandboxMode.DefaultTenantId, await TenantsAsync(db));
    }

    [Fact]
    public async Task Migrate_WithoutConfiguredTenant_RowsOfUnknownConversationsBelongToNoTenant()
    {
        (IDbConnectionFactory db, StorageMigrator migrator) = await BeforeTenantsAsync(new() { ["Sandbox:Enabled"] = "false" });

        await migrator.MigrateAsync(default);

        Assert.Equal(
            ["audit|a:known|tenant-1", "audit|a:unknown|NULL", "list|a:unknown|NULL", "receipt|a:known|tenant-1",
             "receipt|a:unknown|", "reference|a:known|tenant-1", "run|a:known|tenant-1", "run|a:unknown|NULL"],
            await TenantsAsync(db));
    }

    // The app's own migrator (AddStorage) over configuration with the given keys, and schema 8 with a reference (its tenant in mixed case, as stored before tenants were lower-cased) for a:known, and an
    // audit entry, a receipt, a run and a list card of a:known and of a:unknown, which has no reference.
    private async Task<(IDbConnectionFactory, StorageMigrator)> BeforeTenantsAsync(Dictionary<string, string?> settings)
    {
        Dictionary<string, string?> configuration = await database.CreateFreshDatabaseAsync();
        foreach ((string key, string? value) in settings)
        {
            configuration[key] = value;
        }
        IServiceProvider services = database.BuildHost(configuration).Services;
        IDbConnectionFactory db = services.GetRequiredService<IDbConnectionFactory>();
        ILogger<StorageMigrator> log = services.GetRequiredService<ILogger<StorageMigrator>>();
        await new StorageMigrator(db, database.Time, log, [.. MigrationCatalog.All.Where(m => m.Version <= 8)]).MigrateAsync(default);
        await using (DbConnection connection = await db.OpenWriterAsync(default))
        {
            await ExecuteAsync(connection, """
                INSERT INTO conversation_references (conversation_id, conversation_type, service_url, tenant_id, bot_id, installed_utc, updated_utc)
                VALUES ('a:known', 'personal', 'https://smba.trafficmanager.net/amer/', 'Tenant-1', '28:bot', @now, @now)
                """);
            foreach (string conversation in new[] { "a:known", "a:unknown" })
            {
                string runTenant = conversation == "a:known" ? "'Tenant-1'" : "NULL";
                await ExecuteAsync(connection, $"""
                    INSERT INTO audit_log (at_utc, actor_aad_object_id, action, conversation_id, business_id, details)
                    VALUES (@now, 'aad-alex', 'invoice.confirm', '{conversation}', 'salon@contoso.com', '');
                    INSERT INTO activity_receipts (channel_id, conversation_id, activity_id, started_utc, status_code)
                    VALUES ('msteams', '{conversation}', 'activity-1', @now, 200);
                    INSERT INTO invoice_runs (run_id, business_id, actor_aad_object_id, conversation_id, selection_json, resolutions_json,
                        plan_summary, status, created_utc, updated_utc, tenant_id)
                    VALUES ('{Guid.NewGuid():N}', 'salon@contoso.com', 'aad-alex', '{conversation}', '[]', '[]', '', 'Previewed', @now, @now,
                        {runTenant});
                    """);
            }
            await ExecuteAsync(connection, """
                INSERT INTO list_snapshots (list_id, business_id, tenant_id, conversation_id, actor_aad_object_id, created_utc)
                VALUES ('list-1', 'salon@contoso.com', NULL, 'a:unknown', 'aad-alex', @now)
                """);
        }
        return (db, services.GetRequiredService<StorageMigrator>());
    }

    private static async Task<List<string>> TenantsAsync(IDbConnectionFactory db)
    {
        await using DbConnection connection = await db.OpenAsync(default);
        await using DbCommand command = connection.Sql("""
            SELECT 'audit', conversation_id, tenant_id FROM audit_log
            UNION ALL SELECT 'receipt', conversation_id, tenant_id FROM activity_receipts
            UNION ALL SELECT 'run', conversation_id, tenant_id FROM invoice_runs
            UNION ALL SELECT 'list', conversation_id, tenant_id FROM list_snapshots
            UNION ALL SELECT 'reference', conversation_id, tenant_id FROM conversation_references
            """);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        List<string> rows = [];
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{(reader.IsDBNull(2) ? "NULL" : reader.GetString(2))}");
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.Sql(sql).With("now", Now);
        await command.ExecuteNonQueryAsync();
    }
}
