using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

public sealed class SyncWritesSqliteTests(SqliteStorageDatabase database)
    : SyncWritesTests(database), IClassFixture<SqliteStorageDatabase>;
