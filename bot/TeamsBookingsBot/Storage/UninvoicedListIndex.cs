using System.Data.Common;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The write side of the list in SQL (migration 7), called inside the sync's and the ledger's own transactions so the
/// list's figures are never behind the bookings and the ledger. Every such transaction first bumps its business's
/// version in <c>booking_list_state</c>: the list's caches key on it, and its row lock orders the sync's and the
/// ledger's writes of one business, so each sees what the other committed and they never wait on each other in a cycle.
/// </summary>
internal static class UninvoicedListIndex
{
    /// <summary>Sums an appointment's open attendees into its list columns.</summary>
    private const string SumsSql = """
        list_open = (SELECT count(*) FROM booking_list_attendees t WHERE t.business_id = booking_appointments.business_id
            AND t.appointment_id = booking_appointments.appointment_id AND t.is_open = 1),
        list_free = COALESCE((SELECT max(t.free) FROM booking_list_attendees t WHERE t.business_id = booking_appointments.business_id
            AND t.appointment_id = booking_appointments.appointment_id AND t.is_open = 1), 0),
        list_price_needed = COALESCE((SELECT max(t.price_needed) FROM booking_list_attendees t WHERE t.business_id = booking_appointments.business_id
            AND t.appointment_id = booking_appointments.appointment_id AND t.is_open = 1), 0),
        list_attention = COALESCE((SELECT max(t.attention) FROM booking_list_attendees t WHERE t.business_id = booking_appointments.business_id
            AND t.appointment_id = booking_appointments.appointment_id AND t.is_open = 1), 0),
        list_billed = COALESCE((SELECT sum(t.billed) FROM booking_list_attendees t WHERE t.business_id = booking_appointments.business_id
            AND t.appointment_id = booking_appointments.appointment_id AND t.is_open = 1), 0),
        list_billed_lines = (SELECT count(t.billed) FROM booking_list_attendees t WHERE t.business_id = booking_appointments.business_id
            AND t.appointment_id = booking_appointments.appointment_id AND t.is_open = 1)
        """;

    /// <summary>Cents: every line amount is rounded to BC's 0.01 (<see cref="InvoiceLinePricing.AmountDecimals"/>), so sums stay exact in SQL.</summary>
    public const decimal MinorUnits = 100m;

    private static readonly string[] AttendeeColumns = ["business_id", "appointment_id", "customer_key", "billed", "free", "price_needed", "attention", "is_open"];
    private static readonly string[] StaffColumns = ["business_id", "appointment_id", "staff_id"];
    private static readonly string[] TermColumns = ["business_id", "kind", "term"];

    public static Task BumpDataVersionAsync(DbConnection connection, DbTransaction tx, string businessId, CancellationToken ct) =>
        BookingSql.ExecuteAsync(connection, tx, """
            INSERT INTO booking_list_state (business_id, rules, data_version, ledger_version) VALUES (@business_id, NULL, 1, 0)
            ON CONFLICT (business_id) DO UPDATE SET data_version = booking_list_state.data_version + 1
            """, ct, ("business_id", BookingSql.Key(businessId)));

    public static async Task BumpLedgerVersionsAsync(DbConnection connection, DbTransaction tx, IEnumerable<string> businessIds, CancellationToken ct)
    {
        // One order for every writer: two ledger transactions of several businesses never lock them in a cycle.
        foreach (string key in businessIds.Select(BookingSql.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await BookingSql.ExecuteAsync(connection, tx, """
                INSERT INTO booking_list_state (business_id, rules, data_version, ledger_version) VALUES (@business_id, NULL, 0, 1)
                ON CONFLICT (business_id) DO UPDATE SET ledger_version = booking_list_state.ledger_version + 1
                """, ct, ("business_id", key));
        }
    }

    /// <summary>
    /// Writes what the bookings of <paramref name="batch"/>, just saved in this transaction, add to the list: their
    /// attendees (replacing the stored ones), the staff of <paramref name="staffChanged"/> and the names filters match,
    /// each as multi-row statements. The appointments' own list columns were written with them.
    /// </summary>
    public static async Task WriteAsync(
        DbConnection connection, DbTransaction tx, SqlDialect dialect, string businessId, UninvoicedListBatch batch, IReadOnlyCollection<Booking> staffChanged,
        CancellationToken ct)
    {
        string key = BookingSql.Key(businessId);
        await DeleteForAppointmentsAsync(connection, tx, "booking_list_attendees", key, batch.Bookings.Select(b => b.AppointmentId), ct);
        await MultiRowInsert.ExecuteAsync(connection, tx, dialect, "booking_list_attendees", AttendeeColumns, batch.AttendeeRows, ct);
        await DeleteForAppointmentsAsync(connection, tx, "booking_list_staff", key, staffChanged.Select(b => b.AppointmentId), ct);
        await MultiRowInsert.ExecuteAsync(connection, tx, dialect, "booking_list_staff", StaffColumns,
            staffChanged.SelectMany(b => b.StaffMemberIds.Distinct(StringComparer.Ordinal).Select(staffId => (object?[])[key, b.AppointmentId, staffId])), ct);
        await MultiRowInsert.ExecuteAsync(connection, tx, dialect, "booking_list_terms", TermColumns,
            batch.Bookings.SelectMany(UninvoicedListTerms.Of).Distinct().Select(t => (object?[])[key, t.Kind, t.Term]), ct, "ON CONFLICT DO NOTHING");
    }

    /// <summary>For appointments already stored (the figures refresh): their list columns, one statement each.</summary>
    public static async Task UpdateAppointmentsAsync(DbConnection connection, DbTransaction tx, string businessId, UninvoicedListBatch batch, CancellationToken ct)
    {
        string set = string.Join(", ", UninvoicedListBatch.AppointmentColumns.Select((c, i) => $"{c} = @v{i}"));
        foreach (Booking booking in batch.Bookings)
        {
            await BookingSql.ExecuteAsync(connection, tx, $"UPDATE booking_appointments SET {set} WHERE business_id = @business_id AND appointment_id = @appointment_id", ct,
                [("business_id", BookingSql.Key(businessId)), ("appointment_id", booking.AppointmentId),
                 .. batch.AppointmentValues(booking.AppointmentId).Select((v, i) => ($"v{i}", v))]);
        }
    }

    /// <summary>Keeps the attendees' open flags and their appointments' sums in step with ledger entries just written.</summary>
    public static async Task ApplyLedgerAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<LedgerEntry> entries, CancellationToken ct)
    {
        foreach (LedgerEntry entry in entries)
        {
            await BookingSql.ExecuteAsync(connection, tx, """
                UPDATE booking_list_attendees SET is_open = @is_open
                WHERE business_id = @business_id AND appointment_id = @appointment_id AND customer_key = @customer_key
                """, ct, ("is_open", Flag(!entry.BlocksInvoicing)), ("business_id", BookingSql.Key(entry.Key.BusinessId)),
                ("appointment_id", entry.Key.AppointmentId), ("customer_key", entry.Key.CustomerKey));
        }
        foreach ((string business, string appointment) in entries.Select(e => (BookingSql.Key(e.Key.BusinessId), e.Key.AppointmentId)).Distinct())
        {
            await BookingSql.ExecuteAsync(connection, tx, $"UPDATE booking_appointments SET {SumsSql} WHERE business_id = @business_id AND appointment_id = @appointment_id",
                ct, ("business_id", business), ("appointment_id", appointment));
        }
    }

    private static async Task DeleteForAppointmentsAsync(
        DbConnection connection, DbTransaction tx, string table, string key, IEnumerable<string> appointmentIds, CancellationToken ct)
    {
        foreach (string[] chunk in appointmentIds.Distinct(StringComparer.Ordinal).Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand command = connection.Sql("", tx).With("business_id", key);
            command.CommandText = $"DELETE FROM {table} WHERE business_id = @business_id AND appointment_id IN {BookingSql.InList(command, chunk)}";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static int Flag(bool value) => value ? 1 : 0;
}
