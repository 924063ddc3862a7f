using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class UninvoicedListStorePostgresTests(PostgresStorageDatabase database)
    : UninvoicedListStoreTests(database), IClassFixture<PostgresStorageDatabase>;
