using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

public sealed class SyncWritesPostgresTests(PostgresStorageDatabase database)
    : SyncWritesTests(database), IClassFixture<PostgresStorageDatabase>;
