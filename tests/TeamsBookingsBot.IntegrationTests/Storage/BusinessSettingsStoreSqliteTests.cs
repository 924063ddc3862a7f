namespace TeamsBookingsBot.Storage;

public sealed class BusinessSettingsStoreSqliteTests(SqliteStorageDatabase database)
    : BusinessSettingsStoreTests(database), IClassFixture<SqliteStorageDatabase>;
