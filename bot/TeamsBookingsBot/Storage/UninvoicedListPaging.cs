using System.Data.Common;
using TeamsBookingsBot.Application;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Finds a page's rows the way <see cref="UninvoicedBookingsPaging"/> defines them, by keyset: rows from the position in
/// list order (one more than a page, to know where the next one starts), a count of the rows before it for the page
/// number, and for "previous" the rows just before the position walked backwards. Old cards' page numbers are an
/// OFFSET.
/// </summary>
internal sealed class UninvoicedListPaging(DbConnection connection, DbTransaction snapshot, UninvoicedListSql sql)
{
    private string Listed => $"{sql.InPeriod} AND {sql.Completed} AND {sql.Listed}";

    /// <summary>The index of the page's first row in the whole list, and the ids of its rows (plus the next page's first).</summary>
    public async Task<(int FirstRow, IReadOnlyList<string> Ids)> PageAsync(UninvoicedBookingsCriteria criteria, int count, CancellationToken ct)
    {
        int size = criteria.PageSize;
        if (criteria.Position is not { } at)
        {
            int first = UninvoicedBookingsPaging.FirstRowOfPage(criteria.PageIndex, size, count);
            return (first, await IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} ORDER BY {sql.Order()} LIMIT {size + 1} OFFSET {first}", ct));
        }
        int before = await CountBeforeAsync(at, ct);
        int firstRow = UninvoicedBookingsPaging.FirstRowAt(at, before, count, size);
        if (firstRow == before)
        {
            return (firstRow, await FromAsync(at, size + 1, ct));
        }
        if (firstRow == 0)
        {
            return (0, await IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} ORDER BY {sql.Order()} LIMIT {size + 1}", ct));
        }
        // The page ends just before the position: walk back to its first row, then read the page forward from there.
        (DateTimeOffset Start, string Id) pageStart = await NthBeforeAsync(at, before - firstRow, ct);
        return (firstRow, await FromAsync(new ListPosition(pageStart.Start, pageStart.Id), size + 1, ct));
    }

    /// <summary>Every listed id, in list order.</summary>
    public Task<IReadOnlyList<string>> AllAsync(CancellationToken ct) =>
        IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} ORDER BY {sql.Order()}", ct);

    private Task<IReadOnlyList<string>> FromAsync(ListPosition at, int limit, CancellationToken ct) =>
        IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} AND {sql.From(at, before: false)} ORDER BY {sql.Order()} LIMIT {limit}", ct);

    private async Task<int> CountBeforeAsync(ListPosition at, CancellationToken ct)
    {
        await using DbCommand command = sql.Command(connection, snapshot,
            $"SELECT count(*) FROM booking_appointments a WHERE {Listed} AND {sql.From(at, before: true)}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(DateTimeOffset, string)> NthBeforeAsync(ListPosition at, int n, CancellationToken ct)
    {
        await using DbCommand command = sql.Command(connection, snapshot, $"""
            SELECT a.start_utc, a.appointment_id FROM booking_appointments a WHERE {Listed} AND {sql.From(at, before: true)}
            ORDER BY {sql.Order(descending: true)} LIMIT 1 OFFSET {n - 1}
            """);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? (reader.GetUtc(0), reader.GetString(1))
            : throw new InvalidOperationException("The rows before the position changed within one snapshot.");
    }

    private async Task<IReadOnlyList<string>> IdsAsync(string text, CancellationToken ct)
    {
        await using DbCommand command = sql.Command(connection, snapshot, text);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            StorageWorkCount.Row();
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
