using System.Data.Common;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// A purge as a series of short deletes: each removes at most <see cref="ChunkSize"/> rows in its own write, so a day's
/// receipts never hold SQLite's single write lock long enough to keep an activity waiting.
/// </summary>
internal static class ChunkedDelete
{
    public const int ChunkSize = 500;

    /// <param name="sql">A DELETE of at most <c>@chunk</c> rows older than <c>@older_than</c>.</param>
    /// <returns>How many rows were deleted in all.</returns>
    public static async Task<int> RunAsync(IDbConnectionFactory db, string sql, DateTimeOffset olderThanUtc, CancellationToken ct)
    {
        int total = 0;
        int deleted;
        do
        {
            await using DbConnection connection = await db.OpenWriterAsync(ct);
            await using DbCommand command = connection.Sql(sql).With("older_than", olderThanUtc).With("chunk", ChunkSize);
            deleted = await command.ExecuteNonQueryAsync(ct);
            total += deleted;
        }
        while (deleted == ChunkSize);
        return total;
    }
}
