using System.Data.Common;
using System.Globalization;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The whole list's figures in one aggregate over the bookings of the period: the per-appointment sums the writes keep
/// (<see cref="UninvoicedListIndex"/>) are added up, never the bookings loaded. Also says when the next booking of
/// the period completes: until then the figures stay what they are, unless the sync or the ledger writes.
/// </summary>
internal static class UninvoicedListFiguresQuery
{
    public static async Task<(UninvoicedBookingsFigures Figures, DateTimeOffset? NextCompletion)> RunAsync(
        DbConnection connection, DbTransaction transaction, UninvoicedListSql sql, bool includeFree, string currency, CancellationToken ct)
    {
        string completedAndListed = $"{sql.Completed} AND {sql.Listed}";
        await using DbCommand command = sql.Command(connection, transaction, $"""
            SELECT count(*),
                sum(CASE WHEN {sql.Completed} THEN 1 ELSE 0 END),
                min(CASE WHEN {sql.Completed} THEN NULL ELSE {sql.CompletionColumn} END),
                sum(CASE WHEN {completedAndListed} THEN 1 ELSE 0 END),
                sum(CASE WHEN {completedAndListed} AND a.cancelled_utc IS NULL THEN a.list_billed ELSE 0 END),
                sum(CASE WHEN {completedAndListed} AND a.cancelled_utc IS NULL THEN a.list_billed_lines ELSE 0 END),
                sum(CASE WHEN {completedAndListed} AND (CASE WHEN a.cancelled_utc IS NULL THEN a.list_price_needed ELSE a.list_cancelled_price_needed END) = 1
                    THEN 1 ELSE 0 END),
                sum(CASE WHEN {completedAndListed} AND a.cancelled_utc IS NULL AND a.list_attention = 1 THEN 1 ELSE 0 END),
                sum(CASE WHEN {sql.Completed} AND a.list_open > 0 AND a.cancelled_utc IS NULL AND a.list_free = 1 THEN 1 ELSE 0 END)
            FROM booking_appointments a
            WHERE {sql.InPeriod}
            """);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        int inPeriod = Int(reader, 0);
        int completed = Int(reader, 1);
        DateTimeOffset? next = reader.GetUtcOrNull(2);
        long billedLines = Long(reader, 5);
        Money[] totals = billedLines > 0 ? [new Money(Long(reader, 4) / UninvoicedListIndex.MinorUnits, currency)] : [];
        var figures = new UninvoicedBookingsFigures(
            Int(reader, 3), totals, Int(reader, 6), Int(reader, 7), includeFree ? 0 : Int(reader, 8), completed, inPeriod - completed);
        return (figures, next);
    }

    private static long Long(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static int Int(DbDataReader reader, int ordinal) => checked((int)Long(reader, ordinal));
}
