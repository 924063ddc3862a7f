using System.Data.Common;
using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// <c>tenant_roles</c> (see <see cref="Migrations.Migration0013TenantRoles"/>). The first-admin claim is one statement whose
/// insert a unique index arbitrates; a change that could remove an admin first locks the tenant's admin rows, so two admins
/// demoting each other at once cannot leave the tenant with none.
/// </summary>
internal sealed class TenantRoleStore(IDbConnectionFactory db, TimeProvider time) : ITenantRoleStore
{
    private const string Configuration = "configuration";
    private const string FirstAdmin = "first_admin";
    private const string Granted = "granted";

    public async Task<TenantRole> GetRoleAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("SELECT role FROM tenant_roles WHERE tenant_id = @tenant AND aad_object_id = @user")
            .With("tenant", Key(tenantId)).With("user", Key(aadObjectId));
        object? role = await command.ExecuteScalarAsync(ct);
        return role is null or DBNull ? TenantRole.Member : (TenantRole)Convert.ToInt32(role, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> TryClaimFirstAdminAsync(string tenantId, string aadObjectId, string? displayName, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO tenant_roles (tenant_id, aad_object_id, role, display_name, source, granted_by, granted_utc)
            SELECT @tenant, @user, @admin, @name, @source, NULL, @now
            WHERE NOT EXISTS (SELECT 1 FROM tenant_roles WHERE tenant_id = @tenant AND role = @admin)
            ON CONFLICT DO NOTHING
            """)
            .With("tenant", Key(tenantId)).With("user", Key(aadObjectId)).With("admin", (int)TenantRole.Admin)
            .With("name", displayName).With("source", FirstAdmin).With("now", time.GetUtcNow());
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<IReadOnlyList<TenantRoleHolder>> ListAsync(string tenantId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT aad_object_id, display_name, role, source FROM tenant_roles WHERE tenant_id = @tenant
            """).With("tenant", Key(tenantId));
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var holders = new List<TenantRoleHolder>();
        while (await reader.ReadAsync(ct))
        {
            holders.Add(new TenantRoleHolder(reader.GetString(0), reader.GetStringOrNull(1), (TenantRole)reader.GetInt32(2), reader.GetString(3) == Configuration));
        }
        return [.. holders.OrderByDescending(h => h.Role).ThenBy(h => h.DisplayName ?? "\uffff", StringComparer.CurrentCultureIgnoreCase).ThenBy(h => h.AadObjectId, StringComparer.Ordinal)];
    }

    public async Task SeedConfiguredAdminAsync(string tenantId, string aadObjectId, string? displayName, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO tenant_roles (tenant_id, aad_object_id, role, display_name, source, granted_by, granted_utc)
            VALUES (@tenant, @user, @admin, @name, @source, NULL, @now)
            ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET
                role = excluded.role, source = excluded.source,
                display_name = COALESCE(excluded.display_name, tenant_roles.display_name)
            WHERE tenant_roles.role <> excluded.role OR tenant_roles.source <> excluded.source
               OR (excluded.display_name IS NOT NULL AND (tenant_roles.display_name IS NULL OR tenant_roles.display_name <> excluded.display_name))
            """)
            .With("tenant", Key(tenantId)).With("user", Key(aadObjectId)).With("admin", (int)TenantRole.Admin)
            .With("name", displayName).With("source", Configuration).With("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<TenantRoleChangeOutcome> ChangeRoleAsync(TenantRoleChange change, CancellationToken ct)
    {
        string tenant = Key(change.TenantId);
        string user = Key(change.AadObjectId);
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, ct);
        await using (DbCommand lockAdmins = connection.Sql("UPDATE tenant_roles SET role = role WHERE tenant_id = @tenant AND role = @admin", transaction)
            .With("tenant", tenant).With("admin", (int)TenantRole.Admin))
        {
            await lockAdmins.ExecuteNonQueryAsync(ct);
        }
        (TenantRole current, string? source, int admins) = await ReadAsync(connection, transaction, tenant, user, ct);
        TenantRoleChangeOutcome outcome = source == Configuration ? TenantRoleChangeOutcome.FromConfiguration
            : current == change.Role ? TenantRoleChangeOutcome.Unchanged
            : current == TenantRole.Admin && admins <= 1 ? TenantRoleChangeOutcome.LastAdmin
            : TenantRoleChangeOutcome.Changed;
        if (outcome == TenantRoleChangeOutcome.Changed)
        {
            await using DbCommand write = change.Role == TenantRole.Member
                ? connection.Sql("DELETE FROM tenant_roles WHERE tenant_id = @tenant AND aad_object_id = @user", transaction)
                : connection.Sql("""
                    INSERT INTO tenant_roles (tenant_id, aad_object_id, role, display_name, source, granted_by, granted_utc)
                    VALUES (@tenant, @user, @role, @name, @source, @by, @now)
                    ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET role = excluded.role, source = excluded.source,
                        display_name = COALESCE(excluded.display_name, tenant_roles.display_name),
                        granted_by = excluded.granted_by, granted_utc = excluded.granted_utc
                    """, transaction)
                    .With("role", (int)change.Role).With("name", change.DisplayName).With("source", Granted)
                    .With("by", Key(change.ChangedBy)).With("now", time.GetUtcNow());
            await write.With("tenant", tenant).With("user", user).ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private static async Task<(TenantRole Role, string? Source, int Admins)> ReadAsync(
        DbConnection connection, DbTransaction transaction, string tenant, string user, CancellationToken ct)
    {
        await using DbCommand command = connection.Sql("""
            SELECT (SELECT role FROM tenant_roles WHERE tenant_id = @tenant AND aad_object_id = @user),
                   (SELECT source FROM tenant_roles WHERE tenant_id = @tenant AND aad_object_id = @user),
                   (SELECT COUNT(*) FROM tenant_roles WHERE tenant_id = @tenant AND role = @admin)
            """, transaction).With("tenant", tenant).With("user", user).With("admin", (int)TenantRole.Admin);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        TenantRole role = reader.IsDBNull(0) ? TenantRole.Member : (TenantRole)reader.GetInt32(0);
        return (role, reader.GetStringOrNull(1), Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
    }

    // Entra ids are GUIDs: Teams may send them in either case, so they are stored and compared lower-case.
    private static string Key(string id) => id.Trim().ToLowerInvariant();
}
