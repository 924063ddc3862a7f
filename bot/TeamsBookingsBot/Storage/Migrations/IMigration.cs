namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// One schema change, applied once, in its own transaction, in <see cref="Version"/> order. Never edit a
/// migration that has shipped: add the next one to <see cref="MigrationCatalog"/>. The SQL runs inside a
/// transaction, so statements that refuse one (CREATE INDEX CONCURRENTLY, VACUUM) cannot be used.
/// </summary>
internal interface IMigration
{
    int Version { get; }

    /// <summary>Short snake_case name, recorded in schema_migrations.</summary>
    string Name { get; }

    /// <summary>The SQL for this dialect; usually <c>dialect.Expand(sqlWithTypeTokens)</c>.</summary>
    string BuildSql(SqlDialect dialect);
}
