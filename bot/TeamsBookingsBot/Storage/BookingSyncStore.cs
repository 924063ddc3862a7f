using System.Data.Common;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The sync's writes. Each call is one short transaction (SQLite has one writer at a time) of multi-row statements,
/// and writes only what changed: the sync hands over new and changed appointments only, and the reference lists are
/// compared with the stored ones (<see cref="ReferenceListWriter"/>). Writes that change what the uninvoiced list shows
/// keep its figures in the same transaction (<see cref="UninvoicedListIndex"/>), computed with <paramref name="billing"/>,
/// the rules the list bills by.
/// </summary>
internal sealed class BookingSyncStore(IDbConnectionFactory db, BillingRules? billing = null) : IBookingSyncStore
{
    private readonly BillingRules rules = billing ?? BillingRules.Default;

    /// <summary>A sync that wrote this many appointments has changed the tables' shape enough to plan with new statistics.</summary>
    private const int StatisticsAfterWrites = 1_000;

    private const string StateColumns = "appointment_id, last_updated_utc, customer_count, start_utc, end_utc, cancelled_utc";

    private static readonly string[] AppointmentColumns =
    [
        "business_id", "appointment_id", "service_id", "service_name", "price", "price_type", "start_utc", "end_utc",
        "original_time_zone", "duration_ms", "staff_member_ids", "self_service_appointment_id", "customer_count", "last_updated_utc",
        "cancelled_utc", "first_seen_utc", "last_seen_utc", .. UninvoicedListBatch.AppointmentColumns,
    ];

    // A stored appointment Graph sends again is by definition not cancelled; first_seen_utc is kept.
    private const string AppointmentConflict = """
        ON CONFLICT (business_id, appointment_id) DO UPDATE SET
            service_id = excluded.service_id, service_name = excluded.service_name, price = excluded.price,
            price_type = excluded.price_type, start_utc = excluded.start_utc, end_utc = excluded.end_utc,
            original_time_zone = excluded.original_time_zone, duration_ms = excluded.duration_ms,
            staff_member_ids = excluded.staff_member_ids, self_service_appointment_id = excluded.self_service_appointment_id,
            customer_count = excluded.customer_count, last_updated_utc = excluded.last_updated_utc,
            cancelled_utc = NULL, last_seen_utc = excluded.last_seen_utc, list_rules = excluded.list_rules, list_open = excluded.list_open,
            list_free = excluded.list_free, list_price_needed = excluded.list_price_needed, list_attention = excluded.list_attention,
            list_billed = excluded.list_billed, list_billed_lines = excluded.list_billed_lines,
            list_cancelled_price_needed = excluded.list_cancelled_price_needed
        """;

    private static readonly string[] CustomerColumns = ["business_id", "appointment_id", "position", "customer_id", "name", "email", "phone"];

    private static readonly string[] ChangeColumns =
    [
        "business_id", "appointment_id", "detected_utc", "kind", "old_last_updated_utc", "new_last_updated_utc",
        "start_changed", "end_changed", "price_changed", "service_changed", "customers_changed", "staff_changed", "description",
    ];

    private readonly ReferenceListWriter references = new(db);

    public async Task<long> StartRunAsync(string businessId, DateTimeOffset startedUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenWriterAsync(ct);
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
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await BookingSql.ExecuteAsync(connection, null, """
            UPDATE booking_sync_runs SET finished_utc = @finished_utc, succeeded = @succeeded, appointments_seen = @seen,
                added = @added, updated = @updated, unchanged = @unchanged, cancelled = @cancelled, restored = @restored,
                detail_requests = @detail_requests, error = @error
            WHERE run_id = @run_id
            """, ct,
            ("run_id", runId), ("finished_utc", result.FinishedUtc), ("succeeded", result.Succeeded), ("seen", c.AppointmentsSeen),
            ("added", c.Added), ("updated", c.Updated), ("unchanged", c.Unchanged), ("cancelled", c.Cancelled),
            ("restored", c.Restored), ("detail_requests", c.DetailRequests), ("error", result.Error));
        if (c.Added + c.Updated + c.Cancelled + c.Restored >= StatisticsAfterWrites && db.Dialect.RefreshSyncStatisticsSql is { } analyze)
        {
            await BookingSql.ExecuteAsync(connection, null, analyze, ct);
        }
    }

    public Task UpsertBusinessAsync(BookingsBusiness business, DateTimeOffset nowUtc, CancellationToken ct) =>
        references.SaveBusinessAsync(business, nowUtc, ct);

    public Task UpsertServicesAsync(string businessId, IReadOnlyList<BookingService> services, DateTimeOffset nowUtc, CancellationToken ct) =>
        references.SaveServicesAsync(businessId, services, nowUtc, ct);

    public Task UpsertCustomersAsync(string businessId, IReadOnlyList<BookingsCustomerRecord> customers, DateTimeOffset nowUtc, CancellationToken ct) =>
        references.SaveCustomersAsync(businessId, customers, nowUtc, ct);

    public Task UpsertStaffAsync(string businessId, IReadOnlyList<StaffMember> staff, DateTimeOffset nowUtc, CancellationToken ct) =>
        references.SaveStaffAsync(businessId, staff, nowUtc, ct);

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
            Booking[] unique = [.. bookings.GroupBy(b => b.AppointmentId, StringComparer.Ordinal).Select(g => g.Last())];
            UninvoicedListBatch list = await UninvoicedListBatch.ComputeAsync(connection, tx, businessId, unique, rules, ct);
            await MultiRowInsert.ExecuteAsync(connection, tx, db.Dialect, "booking_appointments", AppointmentColumns,
                unique.Select(b => AppointmentRow(key, b, nowUtc, list.AppointmentValues(b.AppointmentId))), ct, AppointmentConflict);
            // An update whose customers (or staff) did not change keeps its stored ones (a GET may have filled them).
            Dictionary<string, AppointmentChangedFields> updated = changes.Where(c => c.Kind == AppointmentChangeKind.Updated)
                .GroupBy(c => c.AppointmentId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Aggregate(AppointmentChangedFields.None, (all, c) => all | c.Fields), StringComparer.Ordinal);
            bool Kept(Booking b, AppointmentChangedFields field) => updated.TryGetValue(b.AppointmentId, out AppointmentChangedFields f) && !f.HasFlag(field);
            Booking[] rewrite = [.. unique.Where(b => !Kept(b, AppointmentChangedFields.Customers))];
            await ExecuteForIdsAsync(connection, tx, "DELETE FROM booking_appointment_customers WHERE business_id = @business_id AND appointment_id IN",
                key, rewrite.Select(b => b.AppointmentId), nowUtc, ct);
            await MultiRowInsert.ExecuteAsync(connection, tx, db.Dialect, "booking_appointment_customers", CustomerColumns,
                rewrite.SelectMany(b => b.Customers.Select((c, i) => (object?[])[key, b.AppointmentId, i, c.CustomerId, c.Name, c.Email, c.Phone])), ct);
            await UninvoicedListIndex.WriteAsync(connection, tx, db.Dialect, businessId, list,
                [.. unique.Where(b => !Kept(b, AppointmentChangedFields.Staff))], ct);
            await InsertChangesAsync(connection, tx, changes, ct);
        }, ct);

    public Task SetCancellationAsync(string businessId, IReadOnlyList<AppointmentChange> changes, DateTimeOffset nowUtc, CancellationToken ct) =>
        changes.Count == 0 ? Task.CompletedTask : InTransactionAsync(async (connection, tx) =>
        {
            if (changes.FirstOrDefault(c => c.Kind is not (AppointmentChangeKind.Cancelled or AppointmentChangeKind.Restored)) is { } other)
            {
                throw new ArgumentException($"Only cancellations and restorations go here, not {other.Kind}.", nameof(changes));
            }
            // The list reads cancelled_utc itself; its caches only need to know that something changed.
            await UninvoicedListIndex.BumpDataVersionAsync(connection, tx, businessId, ct);
            string key = BookingSql.Key(businessId);
            await ExecuteForIdsAsync(connection, tx,
                "UPDATE booking_appointments SET cancelled_utc = @now WHERE business_id = @business_id AND cancelled_utc IS NULL AND appointment_id IN",
                key, changes.Where(c => c.Kind == AppointmentChangeKind.Cancelled).Select(c => c.AppointmentId), nowUtc, ct);
            await ExecuteForIdsAsync(connection, tx,
                "UPDATE booking_appointments SET cancelled_utc = NULL, last_seen_utc = @now WHERE business_id = @business_id AND appointment_id IN",
                key, changes.Where(c => c.Kind == AppointmentChangeKind.Restored).Select(c => c.AppointmentId), nowUtc, ct);
            await InsertChangesAsync(connection, tx, changes, ct);
        }, ct);

    private static object?[] AppointmentRow(string key, Booking b, DateTimeOffset nowUtc, object?[] listValues) =>
    [
        key, b.AppointmentId, b.ServiceId, b.ServiceName, b.Price, b.PriceType.ToString(), b.StartUtc, b.EndUtc,
        b.OriginalTimeZone, BookingSql.Milliseconds(b.Duration), BookingSql.StaffIds(b.StaffMemberIds), b.SelfServiceAppointmentId,
        b.Customers.Count, b.LastUpdatedUtc, null, nowUtc, nowUtc, .. listValues,
    ];


    private Task InsertChangesAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<AppointmentChange> changes, CancellationToken ct) =>
        MultiRowInsert.ExecuteAsync(connection, tx, db.Dialect, "booking_appointment_changes", ChangeColumns, changes.Select(c => (object?[])
        [
            BookingSql.Key(c.BusinessId), c.AppointmentId, c.DetectedUtc, c.Kind.ToString(), c.OldLastUpdatedUtc, c.NewLastUpdatedUtc,
            c.Fields.HasFlag(AppointmentChangedFields.Start), c.Fields.HasFlag(AppointmentChangedFields.End),
            c.Fields.HasFlag(AppointmentChangedFields.Price), c.Fields.HasFlag(AppointmentChangedFields.Service),
            c.Fields.HasFlag(AppointmentChangedFields.Customers), c.Fields.HasFlag(AppointmentChangedFields.Staff), c.Description,
        ]), ct);

    /// <summary>Runs <paramref name="sqlBeforeIds"/> <c>(@id0, ...)</c> for the ids in chunks, with <c>@business_id</c> (and <c>@now</c> where used).</summary>
    private static async Task ExecuteForIdsAsync(
        DbConnection connection, DbTransaction tx, string sqlBeforeIds, string key, IEnumerable<string> ids, DateTimeOffset nowUtc, CancellationToken ct)
    {
        foreach (string[] chunk in ids.Distinct(StringComparer.Ordinal).Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand command = connection.Sql("", tx).With("business_id", key);
            if (sqlBeforeIds.Contains("@now", StringComparison.Ordinal))
            {
                command.With("now", nowUtc);
            }
            command.CommandText = $"{sqlBeforeIds} {BookingSql.InList(command, chunk)}";
            await command.ExecuteNonQueryAsync(ct);
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
        await using DbConnection connection = await db.OpenWriterAsync(ct);
        await using DbTransaction tx = await connection.BeginTransactionAsync(ct);
        await work(connection, tx);
        await tx.CommitAsync(ct);
    }
}
