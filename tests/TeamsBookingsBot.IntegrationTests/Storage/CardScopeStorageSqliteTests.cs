namespace TeamsBookingsBot.Storage;

public sealed class CardScopeStorageSqliteTests(SqliteStorageDatabase database)
    : CardScopeStorageTests(database), IClassFixture<SqliteStorageDatabase>;
