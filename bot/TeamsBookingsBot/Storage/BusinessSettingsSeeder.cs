using System.Data.Common;
using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Writes the businesses configuration describes into <c>business_settings</c> in one transaction (see
/// <see cref="BusinessSettingsSeed"/>), and removes the businesses only configuration had set up and no longer does.
/// </summary>
internal sealed class BusinessSettingsSeeder(IDbConnectionFactory db, TimeProvider time, CachedBusinessSettingsStore cache)
{
    public async Task<BusinessSettingsSeedReport> SeedAsync(IReadOnlyList<BusinessSettings> configured, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbTransaction transaction = await db.Dialect.BeginWriteTransactionAsync(connection, ct);
        IReadOnlyList<BusinessSettings> all;
        await using (DbCommand read = connection.Sql($"SELECT {BusinessSettingsSql.Columns} FROM business_settings", transaction))
        {
            all = await BusinessSettingsStore.ReadAllAsync(read, ct);
        }
        Dictionary<string, BusinessSettings> stored = all.ToDictionary(s => BusinessSettingsSql.Key(s.BusinessId));
        HashSet<(string Tenant, string Key)> wanted = [.. configured.Select(c => (c.TenantId, BusinessSettingsSql.Key(c.BusinessId)))];

        int removed = 0;
        foreach (BusinessSettings gone in all.Where(s => s.UpdatedBy is null && !wanted.Contains((s.TenantId, BusinessSettingsSql.Key(s.BusinessId)))))
        {
            await BusinessSettingsStore.DeleteAsync(connection, transaction, gone.TenantId, gone.BusinessId, ct);
            stored.Remove(BusinessSettingsSql.Key(gone.BusinessId));
            removed++;
        }

        int added = 0, updated = 0;
        List<string> elsewhere = [];
        foreach (BusinessSettings business in configured.DistinctBy(c => BusinessSettingsSql.Key(c.BusinessId)))
        {
            BusinessSettings? current = stored.GetValueOrDefault(BusinessSettingsSql.Key(business.BusinessId));
            if (current is not null && !string.Equals(current.TenantId, business.TenantId, StringComparison.Ordinal))
            {
                elsewhere.Add(business.BusinessId);
                continue;
            }
            if (BusinessSettingsSeed.Next(business, current, now) is not { } next)
            {
                continue;
            }
            await BusinessSettingsStore.WriteAsync(connection, transaction, next, current, ct);
            if (current is null)
            {
                added++;
            }
            else
            {
                updated++;
            }
        }
        await transaction.CommitAsync(ct);
        cache.Changed();
        return new BusinessSettingsSeedReport(added, updated, removed, elsewhere);
    }
}
