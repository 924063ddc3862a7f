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

    // An attendee is open while the ledger holds no blocking entry for it: the planner's and the list's rule.
    private const string UpsertAttendeeSql = """
        INSERT INTO booking_list_attendees (business_id, appointment_id, customer_key, billed, free, price_needed, attention, is_open)
        VALUES (@business_id, @appointment_id, @customer_key, @billed, @free, @price_needed, @attention,
            CASE WHEN EXISTS (SELECT 1 FROM invoice_ledger l WHERE l.business_id = @ledger_business_id AND l.appointment_id = @appointment_id
                AND l.customer_key = @customer_key AND l.state <> 'Released') THEN 0 ELSE 1 END)
        ON CONFLICT (business_id, appointment_id, customer_key) DO UPDATE SET billed = excluded.billed, free = excluded.free,
            price_needed = excluded.price_needed, attention = excluded.attention, is_open = excluded.is_open
        """;

    /// <summary>Cents: every line amount is rounded to BC's 0.01 (<see cref="InvoiceLinePricing.AmountDecimals"/>), so sums stay exact in SQL.</summary>
    public const decimal MinorUnits = 100m;

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
    /// Writes what <paramref name="bookings"/>, just saved in this transaction, add to the list: per attendee (with the
    /// ledger's verdict), their staff members, the names filters match, and the sums per appointment.
    /// <paramref name="businessId"/> is spelled as the ledger spells it (the configured mailbox).
    /// </summary>
    public static async Task WriteAsync(
        DbConnection connection, DbTransaction tx, SqlDialect dialect, string businessId, IReadOnlyList<Booking> bookings, BillingRules rules,
        CancellationToken ct)
    {
        string key = BookingSql.Key(businessId);
        string fingerprint = BookingListFigures.FingerprintOf(rules);
        var terms = new HashSet<(string Kind, string Term)>();
        foreach (Booking booking in bookings)
        {
            BookingListFigures figures = BookingListFigures.Of(booking, rules);
            foreach (AttendeeListFigures attendee in figures.Attendees)
            {
                await BookingSql.ExecuteAsync(connection, tx, UpsertAttendeeSql, ct,
                    ("business_id", key), ("ledger_business_id", businessId), ("appointment_id", booking.AppointmentId),
                    ("customer_key", attendee.CustomerKey), ("billed", Cents(attendee.Billed)), ("free", Flag(attendee.Free)),
                    ("price_needed", Flag(attendee.PriceNeeded)), ("attention", Flag(attendee.NeedsAttention)));
            }
            await BookingSql.ExecuteAsync(connection, tx, $"""
                DELETE FROM booking_list_attendees WHERE business_id = @business_id AND appointment_id = @appointment_id
                AND NOT ({dialect.InTexts("customer_key", "keys")})
                """, ct, ("business_id", key), ("appointment_id", booking.AppointmentId),
                ("keys", dialect.Texts([.. figures.Attendees.Select(a => a.CustomerKey)])));
            await WriteStaffAsync(connection, tx, key, booking, ct);
            await BookingSql.ExecuteAsync(connection, tx, $"""
                UPDATE booking_appointments SET list_rules = @rules, list_cancelled_price_needed = @cancelled_price_needed, {SumsSql}
                WHERE business_id = @business_id AND appointment_id = @appointment_id
                """, ct, ("business_id", key), ("appointment_id", booking.AppointmentId), ("rules", fingerprint),
                ("cancelled_price_needed", Flag(figures.PriceNeededWhenCancelled)));
            terms.UnionWith(UninvoicedListTerms.Of(booking));
        }
        foreach ((string kind, string term) in terms)
        {
            await BookingSql.ExecuteAsync(connection, tx, """
                INSERT INTO booking_list_terms (business_id, kind, term) VALUES (@business_id, @kind, @term) ON CONFLICT DO NOTHING
                """, ct, ("business_id", key), ("kind", kind), ("term", term));
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

    private static async Task WriteStaffAsync(DbConnection connection, DbTransaction tx, string key, Booking booking, CancellationToken ct)
    {
        await BookingSql.ExecuteAsync(connection, tx, "DELETE FROM booking_list_staff WHERE business_id = @business_id AND appointment_id = @appointment_id",
            ct, ("business_id", key), ("appointment_id", booking.AppointmentId));
        foreach (string staffId in booking.StaffMemberIds.Distinct(StringComparer.Ordinal))
        {
            await BookingSql.ExecuteAsync(connection, tx, """
                INSERT INTO booking_list_staff (business_id, appointment_id, staff_id) VALUES (@business_id, @appointment_id, @staff_id)
                """, ct, ("business_id", key), ("appointment_id", booking.AppointmentId), ("staff_id", staffId));
        }
    }

    private static long? Cents(decimal? amount)
    {
        if (amount is not { } a)
        {
            return null;
        }
        decimal cents = a * MinorUnits;
        return cents == decimal.Truncate(cents)
            ? decimal.ToInt64(cents)
            : throw new InvalidOperationException($"A line amount of {a} is not rounded to cents; the list's totals would not be exact.");
    }

    private static int Flag(bool value) => value ? 1 : 0;
}
