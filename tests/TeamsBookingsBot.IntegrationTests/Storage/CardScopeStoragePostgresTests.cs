namespace TeamsBookingsBot.Storage;

public sealed class CardScopeStoragePostgresTests(PostgresStorageDatabase database)
    : CardScopeStorageTests(database), IClassFixture<PostgresStorageDatabase>;
