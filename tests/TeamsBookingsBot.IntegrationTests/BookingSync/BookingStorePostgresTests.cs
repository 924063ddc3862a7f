using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.BookingSync;

public sealed class BookingStorePostgresTests(PostgresStorageDatabase database)
    : BookingStoreTests(database), IClassFixture<PostgresStorageDatabase>;
