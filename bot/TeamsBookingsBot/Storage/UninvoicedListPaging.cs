using System.Data.Common;
using TeamsBookingsBot.Application;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Finds a page's rows the way <see cref="UninvoicedBookingsPaging"/> defines them, by keyset: rows from the position in
/// list order (one more than a page, to know where the next one starts) and whether any row comes before them; for
/// "previous", the rows just before the position walked backwards. Nothing is counted: the page is numbered by the row
/// number its position carries (only a position without one, which no card makes, counts the rows before it). Old
/// cards' page numbers are an OFFSET.
/// </summary>
internal sealed class UninvoicedListPaging(DbConnection connection, DbTransaction snapshot, UninvoicedListSql sql)
{
    private string Listed => $"{sql.InPeriod} AND {sql.Completed} AND {sql.Listed}";

    /// <summary>The rows before the page (as it is numbered), whether there are any, and the ids of its rows (plus the next page's first).</summary>
    public async Task<(int RowsBefore, bool HasPrevious, IReadOnlyList<string> Ids)> PageAsync(UninvoicedBookingsCriteria criteria, int count, CancellationToken ct)
    {
        int size = criteria.PageSize;
        if (criteria.Position is not { } at)
        {
            int first = UninvoicedBookingsPaging.FirstRowOfPage(criteria.PageIndex, size, count);
            return (first, first > 0, await IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} ORDER BY {sql.Order()} LIMIT {size + 1} OFFSET {first}", ct));
        }
        if (!at.Before && await FromAsync(at, size + 1, ct) is { Count: > 0 } landed)
        {
            if (!await AnyBeforeAsync(at, ct))
            {
                return (0, false, landed);
            }
            return (UninvoicedBookingsPaging.RowsBeforeFromPosition(at, landedAt: true, size) ?? await CountBeforeAsync(at, ct), true, landed);
        }
        // The page ending just before the position (the last page when nothing is at or after it): walk back a page.
        IReadOnlyList<(DateTimeOffset Start, string Id)> back = await BackAsync(at, size + 1, ct);
        if (back.Count <= size)
        {
            return (0, false, await IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} ORDER BY {sql.Order()} LIMIT {size + 1}", ct));
        }
        var pageStart = new ListPosition(back[size - 1].Start, back[size - 1].Id);
        int rowsBefore = UninvoicedBookingsPaging.RowsBeforeFromPosition(at, landedAt: false, size) ?? await CountBeforeAsync(at, ct) - size;
        return (rowsBefore, true, await FromAsync(pageStart, size + 1, ct));
    }

    /// <summary>Every listed id, in list order.</summary>
    public Task<IReadOnlyList<string>> AllAsync(CancellationToken ct) =>
        IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {Listed} ORDER BY {sql.Order()}", ct);

    private Task<IReadOnlyList<string>> FromAsync(ListPosition at, int limit, CancellationToken ct) =>
        IdsAsync($"SELECT a.appointment_id FROM booking_appointments a WHERE {sql.ListedFrom(at, before: false)} ORDER BY {sql.Order()} LIMIT {limit}", ct);

    private async Task<int> CountBeforeAsync(ListPosition at, CancellationToken ct)
    {
        await using DbCommand command = sql.Command(connection, snapshot,
            $"SELECT count(*) FROM booking_appointments a WHERE {sql.ListedFrom(at, before: true)}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<bool> AnyBeforeAsync(ListPosition at, CancellationToken ct)
    {
        await using DbCommand command = sql.Command(connection, snapshot,
            $"SELECT 1 FROM booking_appointments a WHERE {sql.ListedFrom(at, before: true)} ORDER BY {sql.Order(descending: true)} LIMIT 1");
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    private async Task<IReadOnlyList<(DateTimeOffset Start, string Id)>> BackAsync(ListPosition at, int limit, CancellationToken ct)
    {
        await using DbCommand command = sql.Command(connection, snapshot, $"""
            SELECT a.start_utc, a.appointment_id FROM booking_appointments a WHERE {sql.ListedFrom(at, before: true)}
            ORDER BY {sql.Order(descending: true)} LIMIT {limit}
            """);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(DateTimeOffset, string)>();
        while (await reader.ReadAsync(ct))
        {
            StorageWorkCount.Row();
            rows.Add((reader.GetUtc(0), reader.GetString(1)));
        }
        return rows;
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
