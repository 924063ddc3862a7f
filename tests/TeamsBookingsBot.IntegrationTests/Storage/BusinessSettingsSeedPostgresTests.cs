namespace TeamsBookingsBot.Storage;

public sealed class BusinessSettingsSeedPostgresTests(PostgresStorageDatabase database)
    : BusinessSettingsSeedTests(database), IClassFixture<PostgresStorageDatabase>;
