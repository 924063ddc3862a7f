using System.Data.Common;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal sealed class AuditLog(IDbConnectionFactory db) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO audit_log (at_utc, actor_aad_object_id, actor_name, action, conversation_id, business_id, details)
            VALUES (@at, @actor, @actor_name, @action, @conversation, @business_id, @details)
            """)
            .With("at", entry.AtUtc).With("actor", entry.ActorAadObjectId).With("actor_name", entry.ActorName).With("action", entry.Action)
            .With("conversation", entry.ConversationId).With("business_id", entry.BusinessId).With("details", entry.Details);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT at_utc, actor_aad_object_id, action, conversation_id, business_id, details, actor_name FROM audit_log
            WHERE at_utc >= @from AND at_utc < @to ORDER BY at_utc, id
            """).With("from", fromUtc).With("to", toUtc);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(reader.GetUtc(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetStringOrNull(4), reader.GetString(5),
                reader.GetStringOrNull(6)));
        }
        return entries;
    }
}
