namespace TeamsBookingsBot.Storage;

public sealed class ConversationBusinessLinksPostgresTests(PostgresStorageDatabase database)
    : ConversationBusinessLinksTests(database), IClassFixture<PostgresStorageDatabase>;
