namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// The display name Teams sent with an audited action, so the audit export names people next to their object ids.
/// Nullable: older rows, and actions from clients that send no name, have none.
/// </summary>
internal sealed class Migration0006AuditActorName : IMigration
{
    private const string Sql = """
        ALTER TABLE audit_log ADD COLUMN actor_name {text} NULL;
        """;

    public int Version => 6;

    public string Name => "audit_actor_name";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
