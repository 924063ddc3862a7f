namespace TeamsBookingsBot.Storage;

public sealed class TenantRoleStorePostgresTests(PostgresStorageDatabase database)
    : TenantRoleStoreTests(database), IClassFixture<PostgresStorageDatabase>;
