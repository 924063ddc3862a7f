namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// Ties what card buttons act on to the chat they were made in: invoice runs get the tenant and the actor's display
/// name (they had the conversation and the actor's id), and list cards get a table of their own. Existing runs take
/// the tenant of their conversation's stored reference; a run whose conversation has none keeps a null tenant and
/// belongs to its conversation alone (see <c>InvoicingActor.IsSameChatAs</c>).
/// </summary>
internal sealed class Migration0005CardScopes : IMigration
{
    private const string Sql = """
        ALTER TABLE invoice_runs ADD COLUMN tenant_id {text} NULL;
        ALTER TABLE invoice_runs ADD COLUMN actor_name {text} NULL;
        UPDATE invoice_runs SET tenant_id = (
            SELECT r.tenant_id FROM conversation_references r
            WHERE r.conversation_id = invoice_runs.conversation_id AND r.tenant_id <> '');

        CREATE TABLE list_snapshots (
            list_id {text} NOT NULL PRIMARY KEY,
            business_id {text} NOT NULL,
            tenant_id {text} NULL,
            conversation_id {text} NOT NULL,
            actor_aad_object_id {text} NOT NULL,
            actor_name {text} NULL,
            created_utc {utc} NOT NULL
        );
        CREATE INDEX ix_list_snapshots_created ON list_snapshots (created_utc);
        """;

    public int Version => 5;

    public string Name => "card_scopes";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
