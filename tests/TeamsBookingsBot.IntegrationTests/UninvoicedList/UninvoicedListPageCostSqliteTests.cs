using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

public sealed class UninvoicedListPageCostSqliteTests(SqliteStorageDatabase database)
    : UninvoicedListPageCostTests(database), IClassFixture<SqliteStorageDatabase>;
