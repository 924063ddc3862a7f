namespace TeamsBookingsBot.Storage;

public sealed class ConversationReferenceStoreSqliteTests(SqliteStorageDatabase database)
    : ConversationReferenceStoreTests(database), IClassFixture<SqliteStorageDatabase>;
