namespace TeamsBookingsBot.Storage;

public sealed class BusinessSettingsSeedSqliteTests(SqliteStorageDatabase database)
    : BusinessSettingsSeedTests(database), IClassFixture<SqliteStorageDatabase>;
