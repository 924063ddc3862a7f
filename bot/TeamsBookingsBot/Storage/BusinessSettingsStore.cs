using System.Data.Common;
using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// <see cref="IBusinessSettingsStore"/> over <c>business_settings</c>. A business's mailbox is its key across tenants: a
/// mailbox set up in one tenant cannot be claimed by another. Saves are optimistic (the version the card showed).
/// </summary>
internal sealed class BusinessSettingsStore(IDbConnectionFactory db, TimeProvider time) : IBusinessSettingsStore
{
    private const string Select = $"SELECT {BusinessSettingsSql.Columns} FROM business_settings";

    public async Task<IReadOnlyList<BusinessSettings>> ListAsync(string tenantId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"{Select} WHERE tenant_id = @tenant_id ORDER BY business_key")
            .With("tenant_id", tenantId);
        return await ReadAllAsync(command, ct);
    }

    public async Task<IReadOnlyList<BusinessSettings>> ListAllAsync(CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"{Select} ORDER BY tenant_id, business_key");
        return await ReadAllAsync(command, ct);
    }

    public async Task<BusinessSettings?> FindAsync(string tenantId, string businessId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"{Select} WHERE business_key = @business_key AND tenant_id = @tenant_id")
            .With("business_key", BusinessSettingsSql.Key(businessId)).With("tenant_id", tenantId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? BusinessSettingsSql.Read(reader) : null;
    }

    public async Task<(BusinessSettingsSaveOutcome Outcome, BusinessSettings? Saved)> SaveAsync(BusinessSettings settings, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.UpdatedBy, nameof(settings));
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, ct);
        BusinessSettings? stored = await FindAnyTenantAsync(connection, transaction, settings.BusinessId, ct);
        if (stored is not null && !string.Equals(stored.TenantId, settings.TenantId, StringComparison.Ordinal))
        {
            return (BusinessSettingsSaveOutcome.OwnedByAnotherTenant, null);
        }
        if ((stored?.Version ?? 0) != settings.Version)
        {
            return (BusinessSettingsSaveOutcome.VersionConflict, null);
        }
        // A configured value the admin left as it is stays "set in configuration"; one they changed is theirs from now on.
        HashSet<BusinessSettingField> stillConfigured = stored is null
            ? []
            : [.. stored.FromConfiguration.Where(field => BusinessSettingFields.SameValue(stored, settings, field))];
        BusinessSettings saved = settings with
        {
            FromConfiguration = stillConfigured,
            Version = settings.Version + 1,
            UpdatedUtc = time.GetUtcNow(),
        };
        if (!await WriteAsync(connection, transaction, saved, stored, ct))
        {
            return (BusinessSettingsSaveOutcome.VersionConflict, null);
        }
        await transaction.CommitAsync(ct);
        return (BusinessSettingsSaveOutcome.Saved, saved);
    }

    public async Task<bool> RemoveAsync(string tenantId, string businessId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, ct);
        bool removed = await DeleteAsync(connection, transaction, tenantId, businessId, ct);
        await transaction.CommitAsync(ct);
        return removed;
    }

    /// <summary>
    /// Inserts <paramref name="next"/> when <paramref name="stored"/> is null, else updates it if it still has
    /// <paramref name="stored"/>'s version. False when another writer got there first.
    /// </summary>
    internal static async Task<bool> WriteAsync(
        DbConnection connection, DbTransaction transaction, BusinessSettings next, BusinessSettings? stored, CancellationToken ct)
    {
        if (stored is null)
        {
            // ON CONFLICT: an insert racing another instance's insert of the same mailbox is a conflict, not an error.
            await using DbCommand insert = connection.Sql(BusinessSettingsSql.Insert + " ON CONFLICT (business_key) DO NOTHING", transaction)
                .Bind(next);
            return await insert.ExecuteNonQueryAsync(ct) == 1;
        }
        await using DbCommand update = connection.Sql(BusinessSettingsSql.Update, transaction)
            .Bind(next).With("expected_version", stored.Version);
        return await update.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Deletes the business and the conversation links to it.</summary>
    internal static async Task<bool> DeleteAsync(
        DbConnection connection, DbTransaction transaction, string tenantId, string businessId, CancellationToken ct)
    {
        string key = BusinessSettingsSql.Key(businessId);
        await using DbCommand links = connection.Sql(
            "DELETE FROM conversation_business_links WHERE tenant_id = @tenant_id AND business_key = @business_key", transaction)
            .With("tenant_id", tenantId).With("business_key", key);
        await links.ExecuteNonQueryAsync(ct);
        await using DbCommand delete = connection.Sql(
            "DELETE FROM business_settings WHERE tenant_id = @tenant_id AND business_key = @business_key", transaction)
            .With("tenant_id", tenantId).With("business_key", key);
        return await delete.ExecuteNonQueryAsync(ct) > 0;
    }

    internal static async Task<IReadOnlyList<BusinessSettings>> ReadAllAsync(DbCommand command, CancellationToken ct)
    {
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        List<BusinessSettings> all = [];
        while (await reader.ReadAsync(ct))
        {
            all.Add(BusinessSettingsSql.Read(reader));
        }
        return all;
    }

    private static async Task<BusinessSettings?> FindAnyTenantAsync(
        DbConnection connection, DbTransaction transaction, string businessId, CancellationToken ct)
    {
        await using DbCommand command = connection.Sql($"{Select} WHERE business_key = @business_key", transaction)
            .With("business_key", BusinessSettingsSql.Key(businessId));
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? BusinessSettingsSql.Read(reader) : null;
    }
}
