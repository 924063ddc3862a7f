using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class UninvoicedListStoreSqliteTests(SqliteStorageDatabase database)
    : UninvoicedListStoreTests(database), IClassFixture<SqliteStorageDatabase>;
