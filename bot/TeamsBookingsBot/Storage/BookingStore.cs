using System.Data.Common;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Reads the local Bookings copy. Returned bookings carry the business id as the caller spelled it
/// (the stored key is lower-case).
/// </summary>
internal sealed class BookingStore(IDbConnectionFactory db) : IBookingStore
{
    private const string Columns = """
        a.appointment_id, a.service_id, a.service_name, a.price, a.price_type, a.start_utc, a.end_utc, a.original_time_zone,
        a.duration_ms, a.staff_member_ids, a.self_service_appointment_id, a.last_updated_utc, a.cancelled_utc
        """;

    private const string CustomerColumns = "c.appointment_id, c.customer_id, c.name, c.email, c.phone";

    public async Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        const string Filter = "a.business_id = @business_id AND a.start_utc >= @from AND a.start_utc < @to";
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand appointments = connection.Sql($"SELECT {Columns} FROM booking_appointments a WHERE {Filter}")
            .With("business_id", BookingSql.Key(businessId)).With("from", fromUtc).With("to", toUtc);
        await using DbCommand customers = connection.Sql($"""
            SELECT {CustomerColumns} FROM booking_appointment_customers c
            JOIN booking_appointments a ON a.business_id = c.business_id AND a.appointment_id = c.appointment_id
            WHERE {Filter} ORDER BY c.appointment_id, c.position
            """).With("business_id", BookingSql.Key(businessId)).With("from", fromUtc).With("to", toUtc);
        List<Booking> result = await ReadAsync(businessId, appointments, customers, ct);
        return Ordered(result);
    }

    public async Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        if (appointmentIds.Count == 0)
        {
            return [];
        }
        await using DbConnection connection = await db.OpenAsync(ct);
        return await LoadAsync(connection, null, businessId, appointmentIds, ct);
    }

    /// <summary><see cref="GetManyAsync"/> on a connection (and transaction) the caller holds.</summary>
    internal static async Task<IReadOnlyList<Booking>> LoadAsync(
        DbConnection connection, DbTransaction? transaction, string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        var result = new List<Booking>();
        foreach (string[] chunk in appointmentIds.Distinct(StringComparer.Ordinal).Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand appointments = connection.Sql("", transaction).With("business_id", BookingSql.Key(businessId));
            appointments.CommandText = $"SELECT {Columns} FROM booking_appointments a WHERE a.business_id = @business_id AND a.appointment_id IN {BookingSql.InList(appointments, chunk)}";
            await using DbCommand customers = connection.Sql("", transaction).With("business_id", BookingSql.Key(businessId));
            customers.CommandText = $"""
                SELECT {CustomerColumns} FROM booking_appointment_customers c
                WHERE c.business_id = @business_id AND c.appointment_id IN {BookingSql.InList(customers, chunk)}
                ORDER BY c.appointment_id, c.position
                """;
            result.AddRange(await ReadAsync(businessId, appointments, customers, ct));
        }
        return Ordered(result);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql("SELECT staff_id, display_name FROM booking_staff WHERE business_id = @business_id")
            .With("business_id", BookingSql.Key(businessId));
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }
        return names;
    }

    private static async Task<List<Booking>> ReadAsync(string businessId, DbCommand appointments, DbCommand customers, CancellationToken ct)
    {
        var byAppointment = new Dictionary<string, List<BookingCustomer>>(StringComparer.Ordinal);
        await using (DbDataReader reader = await customers.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                StorageWorkCount.Row();
                string id = reader.GetString(0);
                if (!byAppointment.TryGetValue(id, out List<BookingCustomer>? list))
                {
                    byAppointment[id] = list = [];
                }
                list.Add(new BookingCustomer(reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4)));
            }
        }
        var bookings = new List<Booking>();
        await using (DbDataReader reader = await appointments.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                StorageWorkCount.Row();
                string id = reader.GetString(0);
                bookings.Add(new Booking
                {
                    BusinessId = businessId,
                    AppointmentId = id,
                    ServiceId = reader.GetStringOrNull(1),
                    ServiceName = reader.GetString(2),
                    Price = reader.GetDecimal(3),
                    PriceType = BookingSql.ReadPriceType(reader.GetString(4)),
                    StartUtc = reader.GetUtc(5),
                    EndUtc = reader.GetUtc(6),
                    OriginalTimeZone = reader.GetStringOrNull(7),
                    Duration = TimeSpan.FromMilliseconds(reader.GetInt64(8)),
                    StaffMemberIds = BookingSql.ReadStaffIds(reader.GetString(9)),
                    SelfServiceAppointmentId = reader.GetStringOrNull(10),
                    LastUpdatedUtc = reader.GetUtcOrNull(11),
                    CancelledUtc = reader.GetUtcOrNull(12),
                    Customers = byAppointment.TryGetValue(id, out List<BookingCustomer>? list) ? list : [],
                });
            }
        }
        return bookings;
    }

    private static Booking[] Ordered(List<Booking> bookings) =>
        bookings.OrderBy(b => b.StartUtc).ThenBy(b => b.AppointmentId, StringComparer.Ordinal).ToArray();
}
