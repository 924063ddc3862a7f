namespace TeamsBookingsBot.Storage;

public sealed class ActivityReceiptStorePostgresTests(PostgresStorageDatabase database)
    : ActivityReceiptStoreTests(database), IClassFixture<PostgresStorageDatabase>;
