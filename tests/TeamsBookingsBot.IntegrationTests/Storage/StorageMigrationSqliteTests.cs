namespace TeamsBookingsBot.Storage;

public sealed class StorageMigrationSqliteTests(SqliteStorageDatabase database)
    : StorageMigrationTests(database), IClassFixture<SqliteStorageDatabase>;
