namespace TeamsBookingsBot.Storage;

public sealed class BusinessSettingsStorePostgresTests(PostgresStorageDatabase database)
    : BusinessSettingsStoreTests(database), IClassFixture<PostgresStorageDatabase>;
