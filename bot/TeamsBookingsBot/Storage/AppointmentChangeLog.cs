using System.Data.Common;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal sealed class AppointmentChangeLog(IDbConnectionFactory db) : IAppointmentChangeReader
{
    private const string Select = """
        SELECT appointment_id, detected_utc, kind, old_last_updated_utc, new_last_updated_utc, start_changed, end_changed,
            price_changed, service_changed, customers_changed, staff_changed, description
        FROM booking_appointment_changes
        """;

    public async Task<IReadOnlyList<AppointmentChange>> ListSinceAsync(string businessId, DateTimeOffset sinceUtc, CancellationToken ct)
    {
        await using DbConnection connection = await db.OpenAsync(ct);
        await using DbCommand command = connection.Sql($"{Select} WHERE business_id = @business_id AND detected_utc >= @since ORDER BY change_id")
            .With("business_id", BookingSql.Key(businessId)).With("since", sinceUtc);
        return await ReadAsync(businessId, command, ct);
    }

    public async Task<IReadOnlyList<AppointmentChange>> ListForAppointmentsAsync(
        string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        var changes = new List<AppointmentChange>();
        await using DbConnection connection = await db.OpenAsync(ct);
        foreach (string[] chunk in appointmentIds.Distinct(StringComparer.Ordinal).Chunk(BookingSql.MaxIdsPerStatement))
        {
            await using DbCommand command = connection.Sql("").With("business_id", BookingSql.Key(businessId));
            command.CommandText = $"{Select} WHERE business_id = @business_id AND appointment_id IN {BookingSql.InList(command, chunk)} ORDER BY change_id";
            changes.AddRange(await ReadAsync(businessId, command, ct));
        }
        return changes.OrderBy(c => c.DetectedUtc).ToArray();
    }

    private static async Task<IReadOnlyList<AppointmentChange>> ReadAsync(string businessId, DbCommand command, CancellationToken ct)
    {
        var changes = new List<AppointmentChange>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            AppointmentChangedFields fields = AppointmentChangedFields.None;
            fields |= reader.GetBoolean(5) ? AppointmentChangedFields.Start : 0;
            fields |= reader.GetBoolean(6) ? AppointmentChangedFields.End : 0;
            fields |= reader.GetBoolean(7) ? AppointmentChangedFields.Price : 0;
            fields |= reader.GetBoolean(8) ? AppointmentChangedFields.Service : 0;
            fields |= reader.GetBoolean(9) ? AppointmentChangedFields.Customers : 0;
            fields |= reader.GetBoolean(10) ? AppointmentChangedFields.Staff : 0;
            changes.Add(new AppointmentChange(businessId, reader.GetString(0), reader.GetUtc(1),
                Enum.Parse<AppointmentChangeKind>(reader.GetString(2)), reader.GetUtcOrNull(3), reader.GetUtcOrNull(4), fields,
                reader.GetString(11)));
        }
        return changes;
    }
}
