using System.Data.Common;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

public sealed class SyncWritesPostgresTests(PostgresStorageDatabase database)
    : SyncWritesTests(database), IClassFixture<PostgresStorageDatabase>
{
    /// <summary>
    /// Until a table is analyzed PostgreSQL plans it as empty, and the list then sorts its whole period on every page
    /// (5 ms instead of 0.1 ms at 10,000 bookings): a sync that filled the tables analyzes them at once.
    /// </summary>
    [Fact]
    public async Task FirstSync_TwoThousandAppointments_LeavesThePlannerStatisticsOfWhatItWrote()
    {
        SandboxBookingsData data = SandboxBookingsData.Generate(Today, time: time, appointmentCount: 2_000);
        (SyncBookings sync, DatabaseWriteCounter writes) = await SyncIntoFreshDatabaseAsync(data);

        Assert.True((await sync.RunAsync(Mailbox, default)).Succeeded);

        await using DbConnection connection = await writes.Factory.OpenAsync(default);
        await using DbCommand command = connection.Sql("""
            SELECT relname, reltuples FROM pg_class WHERE relname IN ('booking_appointments', 'booking_list_attendees') ORDER BY relname
            """);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var tuples = new Dictionary<string, float>();
        while (await reader.ReadAsync())
        {
            tuples[reader.GetString(0)] = reader.GetFloat(1);
        }
        // -1 means never analyzed.
        Assert.Equal(2_000f, tuples["booking_appointments"]);
        Assert.Equal(data.Appointments.Sum(b => Math.Max(1, b.Customers.Count)), tuples["booking_list_attendees"]);
    }
}
