using System.Data.Common;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal sealed class ActivityReceiptStore(IDbConnectionFactory db, IOptions<StorageOptions> options, TimeProvider time)
    : IActivityReceiptStore
{
    private const string KeyPredicate =
        "channel_id = @channel_id AND conversation_id = @conversation_id AND activity_id = @activity_id";

    // The INSERT is the concurrency guard: the primary key lets one caller in; the others wait on the key
    // (PostgreSQL row lock, SQLite's single writer) and then see the row. A receipt stuck in progress past
    // the timeout belongs to a dead process and is taken over by the same statement.
    private const string BeginSql = """
        INSERT INTO activity_receipts (channel_id, conversation_id, activity_id, started_utc)
        VALUES (@channel_id, @conversation_id, @activity_id, @now)
        ON CONFLICT (channel_id, conversation_id, activity_id) DO UPDATE SET started_utc = excluded.started_utc
        WHERE activity_receipts.completed_utc IS NULL AND activity_receipts.started_utc < @stale_before
        """;

    // A receipt purged or abandoned before completion still gets its response stored for replays.
    private const string CompleteSql = """
        INSERT INTO activity_receipts (channel_id, conversation_id, activity_id, started_utc, completed_utc, status_code, response_body)
        VALUES (@channel_id, @conversation_id, @activity_id, @now, @now, @status, @body)
        ON CONFLICT (channel_id, conversation_id, activity_id) DO UPDATE SET
            completed_utc = excluded.completed_utc, status_code = excluded.status_code, response_body = excluded.response_body
        """;

    // Without an upper bound a receipt deleted between our INSERT and SELECT every time would loop forever;
    // in practice the second attempt settles it.
    private const int MaxAttempts = 5;

    public async Task<ReceiptBeginResult> TryBeginAsync(ActivityReceiptKey key, DateTimeOffset nowUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await using (DbCommand begin = WithKey(connection.Sql(BeginSql), key)
                .With("now", nowUtc).With("stale_before", nowUtc - options.Value.ReceiptInProgressTimeout))
            {
                if (await begin.ExecuteNonQueryAsync(ct) > 0)
                {
                    return new ReceiptBeginResult.Started();
                }
            }
            ReceiptBeginResult? existing = await ReadAsync(connection, key, ct);
            if (existing is not null)
            {
                return existing;
            }
        }
        throw new InvalidOperationException($"Activity receipt kept vanishing after {MaxAttempts} attempts.");
    }

    public async Task CompleteAsync(ActivityReceiptKey key, int status, string? responseBody, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = WithKey(connection.Sql(CompleteSql), key)
            .With("now", time.GetUtcNow()).With("status", status).With("body", responseBody);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task AbandonAsync(ActivityReceiptKey key, CancellationToken ct)
    {
        // A completed receipt stays: its response must still be replayed.
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = WithKey(
            connection.Sql($"DELETE FROM activity_receipts WHERE {KeyPredicate} AND completed_utc IS NULL"), key);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("DELETE FROM activity_receipts WHERE started_utc < @older_than")
            .With("older_than", olderThanUtc);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<ReceiptBeginResult?> ReadAsync(DbConnection connection, ActivityReceiptKey key, CancellationToken ct)
    {
        await using DbCommand command = WithKey(connection.Sql(
            $"SELECT started_utc, completed_utc, status_code, response_body FROM activity_receipts WHERE {KeyPredicate}"), key);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return reader.IsDBNull(1)
            ? new ReceiptBeginResult.InProgress(reader.GetUtc(0))
            : new ReceiptBeginResult.Completed(reader.GetInt32(2), reader.GetStringOrNull(3));
    }

    private static DbCommand WithKey(DbCommand command, ActivityReceiptKey key) =>
        command.With("channel_id", key.ChannelId).With("conversation_id", key.ConversationId).With("activity_id", key.ActivityId);
}
