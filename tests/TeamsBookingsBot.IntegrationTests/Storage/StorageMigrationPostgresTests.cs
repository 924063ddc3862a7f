namespace TeamsBookingsBot.Storage;

public sealed class StorageMigrationPostgresTests(PostgresStorageDatabase database)
    : StorageMigrationTests(database), IClassFixture<PostgresStorageDatabase>;
