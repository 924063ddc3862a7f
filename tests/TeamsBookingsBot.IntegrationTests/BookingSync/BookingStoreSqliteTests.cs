using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

public sealed class BookingStoreSqliteTests(SqliteStorageDatabase database)
    : BookingStoreTests(database), IClassFixture<SqliteStorageDatabase>;
