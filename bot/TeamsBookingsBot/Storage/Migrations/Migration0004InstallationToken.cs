namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// A token written when a conversation reference starts a new installation (first capture or after a revoke), so
/// that the upsert itself can tell its caller "you installed it" atomically, across processes and bot instances.
/// </summary>
internal sealed class Migration0004InstallationToken : IMigration
{
    private const string Sql = """
        ALTER TABLE conversation_references ADD COLUMN installation_token {text} NULL;
        """;

    public int Version => 4;

    public string Name => "installation_token";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
