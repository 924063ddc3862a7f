using System.Data.Common;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Refreshes what the sync learned about a business (its name, zone and currency, services, customers, staff) by
/// writing only rows that are new or differ from the stored ones, in one transaction per list with multi-row
/// statements: a re-sync that finds nothing changed writes nothing. <c>last_seen_utc</c> is therefore when the sync last
/// wrote the row; when the whole list was last read is the sync run's time.
/// </summary>
internal sealed class ReferenceListWriter(IDbConnectionFactory db)
{
    public async Task SaveBusinessAsync(BookingsBusiness business, DateTimeOffset nowUtc, CancellationToken ct)
    {
        string key = BookingSql.Key(business.Id);
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using (DbCommand read = connection.Sql("SELECT display_name, time_zone, currency FROM booking_businesses WHERE business_id = @business_id")
            .With("business_id", key))
        await using (DbDataReader reader = await read.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct)
                && (reader.GetString(0), reader.GetString(1), reader.GetString(2)) == (business.DisplayName, business.TimeZoneId, business.CurrencyCode))
            {
                return;
            }
        }
        await BookingSql.ExecuteAsync(connection, null, """
            INSERT INTO booking_businesses (business_id, display_name, time_zone, currency, updated_utc)
            VALUES (@business_id, @display_name, @time_zone, @currency, @now)
            ON CONFLICT (business_id) DO UPDATE SET display_name = excluded.display_name, time_zone = excluded.time_zone,
                currency = excluded.currency, updated_utc = excluded.updated_utc
            """, ct,
            ("business_id", key), ("display_name", business.DisplayName), ("time_zone", business.TimeZoneId),
            ("currency", business.CurrencyCode), ("now", nowUtc));
    }

    public Task SaveServicesAsync(string businessId, IReadOnlyList<BookingService> services, DateTimeOffset nowUtc, CancellationToken ct) =>
        SaveChangedAsync(businessId, "booking_services", "service_id",
            ["name", "default_price", "default_price_type", "default_duration_ms", "currency"],
            services, s => s.Id,
            s => [s.Name, s.DefaultPrice, s.DefaultPriceType.ToString(), BookingSql.Milliseconds(s.DefaultDuration), s.Currency],
            r => [r.GetString(1), r.GetDecimal(2), r.GetString(3), r.GetInt64(4), r.GetStringOrNull(5)],
            nowUtc, ct);

    public Task SaveCustomersAsync(string businessId, IReadOnlyList<BookingsCustomerRecord> customers, DateTimeOffset nowUtc, CancellationToken ct) =>
        SaveChangedAsync(businessId, "booking_customers", "customer_id", ["display_name", "email", "phone"],
            customers, c => c.Id,
            c => [c.DisplayName, c.Email, c.Phone],
            r => [r.GetString(1), r.GetStringOrNull(2), r.GetStringOrNull(3)],
            nowUtc, ct);

    public Task SaveStaffAsync(string businessId, IReadOnlyList<StaffMember> staff, DateTimeOffset nowUtc, CancellationToken ct) =>
        SaveChangedAsync(businessId, "booking_staff", "staff_id", ["display_name", "email"],
            staff, m => m.Id,
            m => [m.DisplayName, m.Email],
            r => [r.GetString(1), r.GetStringOrNull(2)],
            nowUtc, ct);

    /// <summary>
    /// Compares each incoming row's values, as they would be stored (<paramref name="values"/>), with the stored ones
    /// (<paramref name="stored"/> reads them in the same order and types; decimals compare by value, so 45.5 is 45.50).
    /// </summary>
    private async Task SaveChangedAsync<T>(
        string businessId, string table, string keyColumn, string[] valueColumns, IReadOnlyList<T> incoming,
        Func<T, string> keyOf, Func<T, object?[]> values, Func<DbDataReader, object?[]> stored, DateTimeOffset nowUtc, CancellationToken ct)
    {
        string key = BookingSql.Key(businessId);
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        var current = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        await using (DbCommand read = connection.Sql($"SELECT {keyColumn}, {string.Join(", ", valueColumns)} FROM {table} WHERE business_id = @business_id")
            .With("business_id", key))
        await using (DbDataReader reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                current[reader.GetString(0)] = stored(reader);
            }
        }
        // Graph lists each item once; should one come twice, the last wins (PostgreSQL refuses one row twice per statement).
        List<object?[]> changed = incoming
            .Select(item => (Key: keyOf(item), Values: values(item)))
            .GroupBy(item => item.Key, StringComparer.Ordinal)
            .Select(group => group.Last())
            .Where(item => !current.TryGetValue(item.Key, out object?[]? before) || !before.SequenceEqual(item.Values))
            .Select(item => (object?[])[key, item.Key, .. item.Values, nowUtc])
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }
        await using DbTransaction tx = await connection.BeginTransactionAsync(ct);
        await MultiRowInsert.ExecuteAsync(connection, tx, db.Dialect, table, ["business_id", keyColumn, .. valueColumns, "last_seen_utc"], changed, ct,
            $"ON CONFLICT (business_id, {keyColumn}) DO UPDATE SET {string.Join(", ", valueColumns.Append("last_seen_utc").Select(c => $"{c} = excluded.{c}"))}");
        await tx.CommitAsync(ct);
    }
}
