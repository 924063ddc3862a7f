namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// Tenant isolation (issue 10): rows that are not keyed by a business carry the tenant they belong to, and every stored
/// tenant id is lower case (<c>ActivityTenant</c>). Business-keyed rows (bookings, ledger, sync runs) need no column:
/// a business belongs to one tenant (<c>business_settings</c>), so they are scoped through their business.
/// <list type="bullet">
/// <item>Receipts get the tenant into their key, so an activity of one tenant is never answered with another's.</item>
/// <item>The audit log gets a tenant, so a tenant exports its own entries only.</item>
/// <item>Invoice runs and list cards without a tenant (made before schema 5 in a conversation with no stored reference)
/// get the configured tenant.</item>
/// </list>
/// Existing rows take the tenant of their conversation's stored reference, else the configured tenant
/// (<c>@configured_tenant</c>: <c>MicrosoftAppTenantId</c>, else the sandbox's tenant while the sandbox is on). With
/// neither, an audit entry whose conversation has no reference keeps a null tenant and is exported to no tenant, a run
/// or list card keeps a null tenant and stays usable in its own conversation only (<c>InvoicingActor.IsSameChatAs</c>),
/// and a receipt gets the empty tenant (receipts are purged after a day).
/// </summary>
internal sealed class Migration0011TenantScopes : IMigration
{
    private const string Sql = """
        UPDATE conversation_references SET tenant_id = lower(tenant_id) WHERE tenant_id <> lower(tenant_id);

        CREATE TABLE activity_receipts_by_tenant (
            tenant_id {text} NOT NULL,
            channel_id {text} NOT NULL,
            conversation_id {text} NOT NULL,
            activity_id {text} NOT NULL,
            started_utc {utc} NOT NULL,
            completed_utc {utc} NULL,
            status_code {int} NULL,
            response_body {text} NULL,
            response_brotli {bytes} NULL,
            PRIMARY KEY (tenant_id, channel_id, conversation_id, activity_id)
        );
        INSERT INTO activity_receipts_by_tenant (tenant_id, channel_id, conversation_id, activity_id, started_utc, completed_utc,
            status_code, response_body, response_brotli)
        SELECT COALESCE(
                (SELECT r.tenant_id FROM conversation_references r WHERE r.conversation_id = a.conversation_id AND r.tenant_id <> ''),
                lower(CAST(@configured_tenant AS TEXT)), ''),
            a.channel_id, a.conversation_id, a.activity_id, a.started_utc, a.completed_utc, a.status_code, a.response_body, a.response_brotli
        FROM activity_receipts a;
        DROP TABLE activity_receipts;
        ALTER TABLE activity_receipts_by_tenant RENAME TO activity_receipts;
        CREATE INDEX ix_activity_receipts_started ON activity_receipts (started_utc);

        ALTER TABLE audit_log ADD COLUMN tenant_id {text} NULL;
        UPDATE audit_log SET tenant_id = COALESCE(
            (SELECT r.tenant_id FROM conversation_references r WHERE r.conversation_id = audit_log.conversation_id AND r.tenant_id <> ''),
            lower(CAST(@configured_tenant AS TEXT)));
        CREATE INDEX ix_audit_log_tenant_at ON audit_log (tenant_id, at_utc);

        UPDATE invoice_runs SET tenant_id = lower(COALESCE(tenant_id, CAST(@configured_tenant AS TEXT)));
        UPDATE list_snapshots SET tenant_id = lower(COALESCE(tenant_id, CAST(@configured_tenant AS TEXT)));
        """;

    public int Version => 11;

    public string Name => "tenant_scopes";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
