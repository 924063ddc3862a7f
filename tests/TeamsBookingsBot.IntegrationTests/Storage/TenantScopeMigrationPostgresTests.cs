namespace TeamsBookingsBot.Storage;

public sealed class TenantScopeMigrationPostgresTests(PostgresStorageDatabase database)
    : TenantScopeMigrationTests(database), IClassFixture<PostgresStorageDatabase>;
