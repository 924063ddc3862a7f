using System.Data.Common;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The sync's writes. Each call is one short transaction: SQLite has one writer at a time. Writes that change what the
/// uninvoiced list shows keep its figures in the same transaction (<see cref="UninvoicedListIndex"/>), computed with
/// <paramref name="billing"/>, the rules the list bills by.
/// </summary>
internal sealed class BookingSyncStore(IDbConnectionFactory db, BillingRules? billing = null) : IBookingSyncStore
{
    private readonly BillingRules rules = billing ?? BillingRules.Default;

    private const string StateColumns = "appointment_id, last_updated_utc, customer_count, start_utc, end_utc, cancelled_utc";

    // A stored appointment Graph sends again is by definition not cancelled; first_seen_utc is kept.
    private const string UpsertAppointmentSql = """
        INSERT INTO booking_appointments (business_id, appointment_id, service_id, service_name, price, price_type, start_utc, end_utc,
            original_time_zone, duration_ms, staff_member_ids, self_service_appointment_id, customer_count, last_updated_utc,
            cancelled_utc, first_seen_utc, last_seen_utc)
        VALUES (@business_id, @appointment_id, @service_id, @service_name, @price, @price_type, @start_utc, @end_utc,
            @original_time_zone, @duration_ms, @staff_member_ids, @self_service_appointment_id, @customer_count, @last_updated_utc,
            NULL, @now, @now)
        ON CONFLICT (business_id, appointment_id) DO UPDATE SET
            service_id = excluded.service_id, service_name = excluded.service_name, price = excluded.price,
            price_type = excluded.price_type, start_utc = excluded.start_utc, end_utc = excluded.end_utc,
            original_time_zone = excluded.original_time_zone, duration_ms = excluded.duration_ms,
            staff_member_ids = excluded.staff_member_ids, self_service_appointment_id = excluded.self_service_appointment_id,
            customer_count = excluded.customer_count, last_updated_utc = excluded.last_updated_utc,
            cancelled_utc = NULL, last_seen_utc = excluded.last_seen_utc
        """;

    private const string InsertChangeSql = """
        INSERT INTO booking_appointment_changes (business_id, appointment_id, detected_utc, kind, old_last_updated_utc,
            new_last_updated_utc, start_changed, end_changed, price_changed, service_changed, customers_changed, staff_changed, description)
        VALUES (@business_id, @appointment_id, @detected_utc, @kind, @old_last_updated_utc, @new_last_updated_utc,
            @start_changed, @end_changed, @price_changed, @service_changed, @customers_changed, @staff_changed, @description)
        """;

    public async Task<long> StartRunAsync(string businessId, DateTimeOffset startedUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("""
            INSERT INTO booking_sync_runs (business_id, started_utc, succeeded, appointments_seen, added, updated, unchanged,
                cancelled, restored, detail_requests)
            VALUES (@business_id, @started_utc, @succeeded, 0, 0, 0, 0, 0, 0, 0)
            RETURNING run_id
            """).With("business_id", BookingSql.Key(businessId)).With("started_utc", startedUtc).With("succeeded", false);
        return await command.ScalarInt64Async(ct);
    }

    public async Task FinishRunAsync(long runId, BookingSyncResult result, CancellationToken ct)
    {
        BookingSyncCounts c = result.Counts;
        await using DbConnection connection = await db.OpenAsync(ct);
        await BookingSql.ExecuteAsync(connection, null, """
            UPDATE booking_sync_runs SET finished_utc = @finished_utc, succeeded = @succeeded, appointments_seen = @seen,
                added = @added, updated = @updated, unchanged = @unchanged, cancelled = @cancelled, restored = @restored,
                detail_requests = @detail_requests, error = @error
            WHERE run_id = @run_id
            """, ct,
            ("run_id", runId), ("finished_utc", result.FinishedUtc), ("succeeded", result.Succeeded), ("seen", c.AppointmentsSeen),
            ("added", c.Added), ("updated", c.Updated), ("unchanged", c.Unchanged), ("cancelled", c.Cancelled),
            ("restored", c.Restored), ("detail_requests", c.DetailRequests), ("error", result.Error));
    }

    public async Task UpsertBusinessAsync(BookingsBusiness business, DateTimeOffset nowUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await BookingSql.ExecuteAsync(connection, null, """
            INSERT INTO booking_businesses (business_id, display_name, time_zone, currency, updated_utc)
            VALUES (@business_id, @display_name, @time_zone, @currency, @now)
            ON CONFLICT (business_id) DO UPDATE SET display_name = excluded.display_name, time_zone = excluded.time_zone,
                currency = excluded.currency, updated_utc = excluded.updated_utc
            """, ct,
            ("business_id", BookingSql.Key(business.Id)), ("display_name", business.DisplayName), ("time_zone", business.TimeZoneId),
            ("currency", business.CurrencyCode), ("now", nowUtc));
    }

    public Task UpsertServicesAsync(string businessId, IReadOnlyList<BookingService> services, DateTimeOffset nowUtc, CancellationToken ct) =>
        InTransactionAsync(async (connection, tx) =>
        {
            foreach (BookingService s in services)
            {
                await BookingSql.ExecuteAsync(connection, tx, """
                    INSERT INTO booking_services (business_id, service_id, name, default_price, default_price_type, default_duration_ms, currency, last_seen_utc)
                    VALUES (@business_id, @service_id, @name, @price, @price_type, @duration_ms, @currency, @now)
                    ON CONFLICT (business_id, service_id) DO UPDATE SET name = excluded.name, default_price = excluded.default_price,
                        default_price_type = excluded.default_price_type, default_duration_ms = excluded.default_duration_ms,
                        currency = excluded.currency, last_seen_utc = excluded.last_seen_utc
                    """, ct,
                    ("business_id", BookingSql.Key(businessId)), ("service_id", s.Id), ("name", s.Name), ("price", s.DefaultPrice),
                    ("price_type", s.DefaultPriceType.ToString()), ("duration_ms", BookingSql.Milliseconds(s.DefaultDuration)),
                    ("currency", s.Currency), ("now", nowUtc));
            }
        }, ct);

    public Task UpsertCustomersAsync(string businessId, IReadOnlyList<BookingsCustomerRecord> customers, DateTimeOffset nowUtc, CancellationToken ct) =>
        InTransactionAsync(async (connection, tx) =>
        {
            foreach (BookingsCustomerRecord c in customers)
            {
                await BookingSql.ExecuteAsync(connection, tx, """
                    INSERT INTO booking_customers (business_id, customer_id, display_name, email, phone, last_seen_utc)
                    VALUES (@business_id, @customer_id, @display_name, @email, @phone, @now)
                    ON CONFLICT (business_id, customer_id) DO UPDATE SET display_name = excluded.display_name, email = excluded.email,
                        phone = excluded.phone, last_seen_utc = excluded.last_seen_utc
                    """, ct,
                    ("business_id", BookingSql.Key(businessId)), ("customer_id", c.Id), ("display_name", c.DisplayName),
                    ("email", c.Email), ("phone", c.Phone), ("now", nowUtc));
            }
        }, ct);

    public Task UpsertStaffAsync(string businessId, IReadOnlyList<StaffMember> staff, DateTimeOffset nowUtc, CancellationToken ct) =>
        InTransactionAsync(async (connection, tx) =>
        {
            foreach (StaffMember m in staff)
            {
                await BookingSql.ExecuteAsync(connection, tx, """
                    INSERT INTO booking_staff (business_id, staff_id, display_name, email, last_seen_utc)
                    VALUES (@business_id, @staff_id, @display_name, @email, @now)
                    ON CONFLICT (business_id, staff_id) DO UPDATE SET display_name = excluded.display_name, email = excluded.email,
                        last_seen_utc = excluded.last_seen_utc
                    """, ct,
                    ("business_id", BookingSql.Key(businessId)), ("staff_id", m.Id), ("display_name", m.DisplayName),
                    ("email", m.Email), ("now", nowUtc));
            }
        }, ct);

    public async Task<IReadOnlyList<StoredAppointmentState>> GetSyncSnapshotAsync(
        string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"""
            SELECT {StateColumns} FROM booking_appointments
            WHERE business_id = @business_id AND start_utc < @to AND end_utc > @from
            """).With("business_id", BookingSql.Key(businessId)).With("from", fromUtc).With("to", toUtc);
        return await ReadStatesAsync(command, ct);
    }

    public async Task<IReadOnlyList<StoredAppointmentState>> GetSyncStatesAsync(
        string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        var states = new List<StoredAppointmentState>();
        await using DbConnection connection = await db.OpenAsync(ct);
        foreach (string[] chunk in appointmentIds.Distinct(StringComparer.Ordinal).Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand command = connection.Sql("").With("business_id", BookingSql.Key(businessId));
            command.CommandText = $"SELECT {StateColumns} FROM booking_appointments WHERE business_id = @business_id AND appointment_id IN {BookingSql.InList(command, chunk)}";
            states.AddRange(await ReadStatesAsync(command, ct));
        }
        return states;
    }

    public Task SaveAppointmentsAsync(
        string businessId, IReadOnlyList<Booking> bookings, IReadOnlyList<AppointmentChange> changes, DateTimeOffset nowUtc, CancellationToken ct) =>
        InTransactionAsync(async (connection, tx) =>
        {
            string key = BookingSql.Key(businessId);
            await UninvoicedListIndex.BumpDataVersionAsync(connection, tx, businessId, ct);
            foreach (Booking b in bookings)
            {
                await BookingSql.ExecuteAsync(connection, tx, UpsertAppointmentSql, ct,
                    ("business_id", key), ("appointment_id", b.AppointmentId), ("service_id", b.ServiceId), ("service_name", b.ServiceName),
                    ("price", b.Price), ("price_type", b.PriceType.ToString()), ("start_utc", b.StartUtc), ("end_utc", b.EndUtc),
                    ("original_time_zone", b.OriginalTimeZone), ("duration_ms", BookingSql.Milliseconds(b.Duration)),
                    ("staff_member_ids", BookingSql.StaffIds(b.StaffMemberIds)), ("self_service_appointment_id", b.SelfServiceAppointmentId),
                    ("customer_count", b.Customers.Count), ("last_updated_utc", b.LastUpdatedUtc), ("now", nowUtc));
                await BookingSql.ExecuteAsync(connection, tx,
                    "DELETE FROM booking_appointment_customers WHERE business_id = @business_id AND appointment_id = @appointment_id", ct,
                    ("business_id", key), ("appointment_id", b.AppointmentId));
                for (int i = 0; i < b.Customers.Count; i++)
                {
                    BookingCustomer c = b.Customers[i];
                    await BookingSql.ExecuteAsync(connection, tx, """
                        INSERT INTO booking_appointment_customers (business_id, appointment_id, position, customer_id, name, email, phone)
                        VALUES (@business_id, @appointment_id, @position, @customer_id, @name, @email, @phone)
                        """, ct,
                        ("business_id", key), ("appointment_id", b.AppointmentId), ("position", i), ("customer_id", c.CustomerId),
                        ("name", c.Name), ("email", c.Email), ("phone", c.Phone));
                }
            }
            await UninvoicedListIndex.WriteAsync(connection, tx, db.Dialect, businessId, bookings, rules, ct);
            await InsertChangesAsync(connection, tx, changes, ct);
        }, ct);

    public async Task MarkSeenAsync(string businessId, IReadOnlyCollection<string> appointmentIds, DateTimeOffset nowUtc, CancellationToken ct)
    {
        if (appointmentIds.Count == 0)
        {
            return;
        }
        await using DbConnection connection = await db.OpenAsync(ct);
        foreach (string[] chunk in appointmentIds.Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand command = connection.Sql("").With("business_id", BookingSql.Key(businessId)).With("now", nowUtc);
            command.CommandText = $"UPDATE booking_appointments SET last_seen_utc = @now WHERE business_id = @business_id AND appointment_id IN {BookingSql.InList(command, chunk)}";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public Task SetCancellationAsync(string businessId, IReadOnlyList<AppointmentChange> changes, DateTimeOffset nowUtc, CancellationToken ct) =>
        changes.Count == 0 ? Task.CompletedTask : InTransactionAsync(async (connection, tx) =>
        {
            // The list reads cancelled_utc itself; its caches only need to know that something changed.
            await UninvoicedListIndex.BumpDataVersionAsync(connection, tx, businessId, ct);
            foreach (AppointmentChange change in changes)
            {
                string sql = change.Kind switch
                {
                    AppointmentChangeKind.Cancelled => "UPDATE booking_appointments SET cancelled_utc = @now WHERE business_id = @business_id AND appointment_id = @appointment_id AND cancelled_utc IS NULL",
                    AppointmentChangeKind.Restored => "UPDATE booking_appointments SET cancelled_utc = NULL, last_seen_utc = @now WHERE business_id = @business_id AND appointment_id = @appointment_id",
                    _ => throw new ArgumentException($"Only cancellations and restorations go here, not {change.Kind}.", nameof(changes)),
                };
                await BookingSql.ExecuteAsync(connection, tx, sql, ct,
                    ("business_id", BookingSql.Key(businessId)), ("appointment_id", change.AppointmentId), ("now", nowUtc));
            }
            await InsertChangesAsync(connection, tx, changes, ct);
        }, ct);

    private static async Task InsertChangesAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<AppointmentChange> changes, CancellationToken ct)
    {
        foreach (AppointmentChange c in changes)
        {
            await BookingSql.ExecuteAsync(connection, tx, InsertChangeSql, ct,
                ("business_id", BookingSql.Key(c.BusinessId)), ("appointment_id", c.AppointmentId), ("detected_utc", c.DetectedUtc),
                ("kind", c.Kind.ToString()), ("old_last_updated_utc", c.OldLastUpdatedUtc), ("new_last_updated_utc", c.NewLastUpdatedUtc),
                ("start_changed", c.Fields.HasFlag(AppointmentChangedFields.Start)), ("end_changed", c.Fields.HasFlag(AppointmentChangedFields.End)),
                ("price_changed", c.Fields.HasFlag(AppointmentChangedFields.Price)), ("service_changed", c.Fields.HasFlag(AppointmentChangedFields.Service)),
                ("customers_changed", c.Fields.HasFlag(AppointmentChangedFields.Customers)), ("staff_changed", c.Fields.HasFlag(AppointmentChangedFields.Staff)),
                ("description", c.Description));
        }
    }

    private static async Task<IReadOnlyList<StoredAppointmentState>> ReadStatesAsync(DbCommand command, CancellationToken ct)
    {
        var states = new List<StoredAppointmentState>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            states.Add(new StoredAppointmentState(reader.GetString(0), reader.GetUtcOrNull(1), reader.GetInt32(2) > 0,
                reader.GetUtc(3), reader.GetUtc(4), reader.GetUtcOrNull(5)));
        }
        return states;
    }

    private async Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbTransaction tx = await connection.BeginTransactionAsync(ct);
        await work(connection, tx);
        await tx.CommitAsync(ct);
    }
}
