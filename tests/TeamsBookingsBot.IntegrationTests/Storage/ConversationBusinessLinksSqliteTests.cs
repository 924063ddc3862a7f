namespace TeamsBookingsBot.Storage;

public sealed class ConversationBusinessLinksSqliteTests(SqliteStorageDatabase database)
    : ConversationBusinessLinksTests(database), IClassFixture<SqliteStorageDatabase>;
