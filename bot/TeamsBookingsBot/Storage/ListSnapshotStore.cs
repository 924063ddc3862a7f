using System.Data.Common;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal sealed class ListSnapshotStore(IDbConnectionFactory db) : IListSnapshotStore
{
    public async Task SaveAsync(ListSnapshot snapshot, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO list_snapshots (list_id, business_id, tenant_id, conversation_id, actor_aad_object_id, actor_name, created_utc)
            VALUES (@list_id, @business_id, @tenant_id, @conversation_id, @actor, @actor_name, @created)
            """)
            .With("list_id", Id(snapshot.ListId)).With("business_id", snapshot.BusinessId).With("tenant_id", snapshot.MadeBy.TenantId)
            .With("conversation_id", snapshot.MadeBy.ConversationId).With("actor", snapshot.MadeBy.AadObjectId)
            .With("actor_name", snapshot.MadeBy.DisplayName).With("created", snapshot.CreatedUtc);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<ListSnapshot?> GetAsync(Guid listId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            SELECT business_id, tenant_id, conversation_id, actor_aad_object_id, actor_name, created_utc
            FROM list_snapshots WHERE list_id = @list_id
            """).With("list_id", Id(listId));
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        var madeBy = new InvoicingActor(reader.GetString(3), reader.GetStringOrNull(4), reader.GetString(2), reader.GetStringOrNull(1));
        return new ListSnapshot(listId, reader.GetString(0), madeBy, reader.GetUtc(5));
    }

    public Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct) =>
        ChunkedDelete.RunAsync(db, """
            DELETE FROM list_snapshots WHERE list_id IN (
                SELECT list_id FROM list_snapshots WHERE created_utc < @older_than LIMIT @chunk)
            """, olderThanUtc, ct);

    private static string Id(Guid listId) => listId.ToString("N");
}
