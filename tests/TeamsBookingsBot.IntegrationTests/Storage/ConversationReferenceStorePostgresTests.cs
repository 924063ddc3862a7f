namespace TeamsBookingsBot.Storage;

public sealed class ConversationReferenceStorePostgresTests(PostgresStorageDatabase database)
    : ConversationReferenceStoreTests(database), IClassFixture<PostgresStorageDatabase>;
