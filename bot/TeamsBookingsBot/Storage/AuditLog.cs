using System.Data.Common;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

/// <summary>The audit log, written and read by tenant (migration 11): a tenant's export holds its own entries only.</summary>
internal sealed class AuditLog(IDbConnectionFactory db) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO audit_log (at_utc, actor_aad_object_id, actor_name, action, tenant_id, conversation_id, business_id, details)
            VALUES (@at, @actor, @actor_name, @action, @tenant_id, @conversation, @business_id, @details)
            """)
            .With("at", entry.AtUtc).With("actor", entry.ActorAadObjectId).With("actor_name", entry.ActorName).With("action", entry.Action)
            .With("tenant_id", entry.TenantId).With("conversation", entry.ConversationId).With("business_id", entry.BusinessId).With("details", entry.Details);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string tenantId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT at_utc, actor_aad_object_id, action, tenant_id, conversation_id, business_id, details, actor_name FROM audit_log
            WHERE tenant_id = @tenant_id AND at_utc >= @from AND at_utc < @to ORDER BY at_utc, id
            """).With("tenant_id", tenantId).With("from", fromUtc).With("to", toUtc);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(reader.GetUtc(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetStringOrNull(5), reader.GetString(6), reader.GetStringOrNull(7)));
        }
        return entries;
    }
}
