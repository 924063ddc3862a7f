using System.Data.Common;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal sealed class BookingSyncStatusReader(IDbConnectionFactory db) : IBookingSyncStatusReader
{
    // A run's "updated" for the chat includes appointments that came back after being taken as cancelled.
    private const string Select = """
        SELECT started_utc, finished_utc, succeeded, appointments_seen, added, updated + restored, cancelled, detail_requests, error
        FROM booking_sync_runs
        """;

    public Task<BookingSyncStatus?> GetLatestAsync(string businessId, CancellationToken ct) =>
        ReadOneAsync(businessId, $"{Select} WHERE business_id = @business_id ORDER BY started_utc DESC, run_id DESC LIMIT 1", ct);

    public Task<BookingSyncStatus?> GetLastSuccessAsync(string businessId, CancellationToken ct) =>
        ReadOneAsync(businessId, $"{Select} WHERE business_id = @business_id AND succeeded = @succeeded ORDER BY finished_utc DESC, run_id DESC LIMIT 1", ct);

    private async Task<BookingSyncStatus?> ReadOneAsync(string businessId, string sql, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql(sql).With("business_id", BookingSql.Key(businessId)).With("succeeded", true);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return new BookingSyncStatus(businessId, reader.GetUtc(0), reader.GetUtcOrNull(1), reader.GetBoolean(2), reader.GetInt32(3),
            reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetStringOrNull(8));
    }
}
