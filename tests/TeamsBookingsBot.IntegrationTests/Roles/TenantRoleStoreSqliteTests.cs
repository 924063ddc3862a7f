namespace TeamsBookingsBot.Storage;

public sealed class TenantRoleStoreSqliteTests(SqliteStorageDatabase database)
    : TenantRoleStoreTests(database), IClassFixture<SqliteStorageDatabase>;
