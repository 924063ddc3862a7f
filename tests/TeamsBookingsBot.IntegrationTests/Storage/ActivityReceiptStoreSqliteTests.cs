namespace TeamsBookingsBot.Storage;

public sealed class ActivityReceiptStoreSqliteTests(SqliteStorageDatabase database)
    : ActivityReceiptStoreTests(database), IClassFixture<SqliteStorageDatabase>;
