namespace TeamsBookingsBot.Storage;

public sealed class TenantScopeMigrationSqliteTests(SqliteStorageDatabase database)
    : TenantScopeMigrationTests(database), IClassFixture<SqliteStorageDatabase>;
