using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class UninvoicedListPageCostPostgresTests(PostgresStorageDatabase database)
    : UninvoicedListPageCostTests(database), IClassFixture<PostgresStorageDatabase>;
