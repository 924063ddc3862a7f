namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>Conversation references (proactive messages) and activity receipts (de-duplication).</summary>
internal sealed class Migration0001Skeleton : IMigration
{
    private const string Sql = """
        CREATE TABLE conversation_references (
            conversation_id {text} NOT NULL PRIMARY KEY,
            conversation_type {text} NOT NULL,
            service_url {text} NOT NULL,
            tenant_id {text} NOT NULL,
            bot_id {text} NOT NULL,
            bot_name {text} NULL,
            user_aad_object_id {text} NULL,
            team_id {text} NULL,
            channel_id {text} NULL,
            locale {text} NULL,
            last_activity_id {text} NULL,
            installed_utc {utc} NOT NULL,
            updated_utc {utc} NOT NULL,
            revoked_utc {utc} NULL
        );
        CREATE INDEX ix_conversation_references_tenant ON conversation_references (tenant_id);

        CREATE TABLE activity_receipts (
            channel_id {text} NOT NULL,
            conversation_id {text} NOT NULL,
            activity_id {text} NOT NULL,
            started_utc {utc} NOT NULL,
            completed_utc {utc} NULL,
            status_code {int} NULL,
            response_body {text} NULL,
            PRIMARY KEY (channel_id, conversation_id, activity_id)
        );
        CREATE INDEX ix_activity_receipts_started ON activity_receipts (started_utc);
        """;

    public int Version => 1;

    public string Name => "skeleton";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
