using System.Data.Common;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// An invoke costs two short writes: the receipt before the first side effect, its response after the last (replayed to
/// retries). A message costs one: its answer (200, no body) is stored with the receipt. A redelivery changes no row.
/// A receipt whose <c>status_code</c> is set but <c>completed_utc</c> is not was answered when it was taken.
/// </summary>
internal sealed class ActivityReceiptStore(IDbConnectionFactory db, IOptions<StorageOptions> options, TimeProvider time)
    : IActivityReceiptStore
{
    private const string KeyPredicate =
        "tenant_id = @tenant_id AND channel_id = @channel_id AND conversation_id = @conversation_id AND activity_id = @activity_id";

    // The INSERT is the concurrency guard: the primary key lets one caller in; the others wait on the key
    // (PostgreSQL row lock, SQLite's single writer) and then see the row. DO NOTHING leaves a redelivery's row untouched.
    private const string BeginSql = """
        INSERT INTO activity_receipts (tenant_id, channel_id, conversation_id, activity_id, started_utc, status_code)
        VALUES (@tenant_id, @channel_id, @conversation_id, @activity_id, @now, @status)
        ON CONFLICT (tenant_id, channel_id, conversation_id, activity_id) DO NOTHING
        """;

    // A receipt stuck in progress past the timeout belongs to a dead process: one caller takes it over. One answered
    // when it was taken is never taken over: its first processing may have acted, and its answer is already known.
    private const string TakeOverSql = $"""
        UPDATE activity_receipts SET started_utc = @now
        WHERE {KeyPredicate} AND completed_utc IS NULL AND status_code IS NULL AND started_utc < @stale_before
        """;

    // A receipt purged or abandoned before completion still gets its response stored for replays.
    private const string CompleteSql = """
        INSERT INTO activity_receipts (tenant_id, channel_id, conversation_id, activity_id, started_utc, completed_utc, status_code,
            response_brotli, response_body)
        VALUES (@tenant_id, @channel_id, @conversation_id, @activity_id, @now, @now, @status, @compressed, @text)
        ON CONFLICT (tenant_id, channel_id, conversation_id, activity_id) DO UPDATE SET
            completed_utc = excluded.completed_utc, status_code = excluded.status_code,
            response_brotli = excluded.response_brotli, response_body = excluded.response_body
        """;

    // Without an upper bound a receipt deleted between our SELECT and INSERT every time would loop forever;
    // in practice the second attempt settles it.
    private const int MaxAttempts = 5;

    public Task<ReceiptBeginResult> TryBeginAsync(ActivityReceiptKey key, DateTimeOffset nowUtc, CancellationToken ct) =>
        BeginAsync(key, null, nowUtc, ct);

    public Task<ReceiptBeginResult> TryBeginAnsweredAsync(ActivityReceiptKey key, int status, DateTimeOffset nowUtc, CancellationToken ct) =>
        BeginAsync(key, status, nowUtc, ct);

    private async Task<ReceiptBeginResult> BeginAsync(ActivityReceiptKey key, int? answer, DateTimeOffset nowUtc, CancellationToken ct)
    {
        DateTimeOffset staleBefore = nowUtc - options.Value.ReceiptInProgressTimeout;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Read first: a redelivery, the common conflict, then costs no write at all.
            switch (await ReadAsync(key, ct))
            {
                case null:
                    if (await WriteAsync(key, BeginSql, c => c.With("now", nowUtc).With("status", answer), ct))
                    {
                        return new ReceiptBeginResult.Started();
                    }
                    break; // another caller inserted it first: read what it wrote
                case ReceiptBeginResult.InProgress running when running.StartedUtc < staleBefore:
                    if (await WriteAsync(key, TakeOverSql, c => c.With("now", nowUtc).With("stale_before", staleBefore), ct))
                    {
                        return new ReceiptBeginResult.Started();
                    }
                    break; // another caller took it over first: read what it left
                case { } existing:
                    return existing;
            }
        }
        throw new InvalidOperationException($"Activity receipt kept vanishing after {MaxAttempts} attempts.");
    }

    public async Task CompleteAsync(ActivityReceiptKey key, int status, string? responseBody, CancellationToken ct)
    {
        (byte[]? compressed, string? text) = responseBody is null ? (null, null) : ReceiptResponseCodec.Encode(responseBody);
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = WithKey(connection.Sql(CompleteSql), key)
            .With("now", time.GetUtcNow()).With("status", status).With("compressed", compressed).With("text", text);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task AbandonAsync(ActivityReceiptKey key, CancellationToken ct)
    {
        // A completed receipt stays: its response must still be replayed. One answered when it was taken goes like one in
        // progress: its processing stopped before any side effect.
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbCommand command = WithKey(
            connection.Sql($"DELETE FROM activity_receipts WHERE {KeyPredicate} AND completed_utc IS NULL"), key);
        await command.ExecuteNonQueryAsync(ct);
    }

    public Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct) =>
        ChunkedDelete.RunAsync(db, """
            DELETE FROM activity_receipts WHERE (tenant_id, channel_id, conversation_id, activity_id) IN (
                SELECT tenant_id, channel_id, conversation_id, activity_id FROM activity_receipts WHERE started_utc < @older_than LIMIT @chunk)
            """, olderThanUtc, ct);

    private async Task<bool> WriteAsync(ActivityReceiptKey key, string sql, Func<DbCommand, DbCommand> withParameters, CancellationToken ct)
    {
        await using DbConnection writer = await db.OpenWriterAsync(ct);
        await using DbCommand command = withParameters(WithKey(writer.Sql(sql), key));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    private async Task<ReceiptBeginResult?> ReadAsync(ActivityReceiptKey key, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = WithKey(connection.Sql(
            $"SELECT started_utc, completed_utc, status_code, response_brotli, response_body FROM activity_receipts WHERE {KeyPredicate}"), key);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        if (reader.IsDBNull(1))
        {
            return reader.IsDBNull(2)
                ? new ReceiptBeginResult.InProgress(reader.GetUtc(0))
                : new ReceiptBeginResult.Completed(reader.GetInt32(2), null);
        }
        // response_body holds a short answer, and the text of receipts completed before migration 8.
        string? body = reader.IsDBNull(3) ? reader.GetStringOrNull(4) : ReceiptResponseCodec.Decode(reader.GetFieldValue<byte[]>(3));
        return new ReceiptBeginResult.Completed(reader.GetInt32(2), body);
    }

    private static DbCommand WithKey(DbCommand command, ActivityReceiptKey key) =>
        command.With("tenant_id", key.TenantId).With("channel_id", key.ChannelId).With("conversation_id", key.ConversationId).With("activity_id", key.ActivityId);
}
