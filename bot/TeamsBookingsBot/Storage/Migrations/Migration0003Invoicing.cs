namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// Invoicing: the ledger (one row per attendee of an appointment; its primary key is what makes a reservation
/// exclusive), invoice runs, service-to-item mappings, customer links and the audit log.
/// </summary>
internal sealed class Migration0003Invoicing : IMigration
{
    private const string Sql = """
        CREATE TABLE invoice_ledger (
            business_id {text} NOT NULL,
            appointment_id {text} NOT NULL,
            customer_key {text} NOT NULL,
            state {text} NOT NULL,
            run_key {text} NULL,
            external_document_number {text} NULL,
            invoice_id {text} NULL,
            invoice_number {text} NULL,
            by_aad_object_id {text} NOT NULL,
            at_utc {utc} NOT NULL,
            reason {text} NULL,
            PRIMARY KEY (business_id, appointment_id, customer_key),
            CHECK (state IN ('Reserved', 'Invoiced', 'Released', 'MarkedInvoiced', 'Excluded'))
        );
        CREATE INDEX ix_invoice_ledger_document ON invoice_ledger (external_document_number);
        CREATE INDEX ix_invoice_ledger_state_at ON invoice_ledger (state, at_utc);
        CREATE INDEX ix_invoice_ledger_invoice ON invoice_ledger (invoice_id);

        CREATE TABLE invoice_runs (
            run_id {text} NOT NULL PRIMARY KEY,
            business_id {text} NOT NULL,
            actor_aad_object_id {text} NOT NULL,
            conversation_id {text} NOT NULL,
            selection_json {text} NOT NULL,
            resolutions_json {text} NOT NULL,
            plan_summary {text} NOT NULL,
            status {text} NOT NULL,
            result_json {text} NULL,
            created_utc {utc} NOT NULL,
            started_utc {utc} NULL,
            updated_utc {utc} NOT NULL,
            completed_utc {utc} NULL,
            CHECK (status IN ('Previewed', 'Running', 'Completed'))
        );
        CREATE INDEX ix_invoice_runs_business_created ON invoice_runs (business_id, created_utc);

        CREATE TABLE service_item_mappings (
            business_id {text} NOT NULL,
            service_id {text} NOT NULL,
            item_number {text} NOT NULL,
            confirmed {bool} NOT NULL,
            by_aad_object_id {text} NOT NULL,
            updated_utc {utc} NOT NULL,
            PRIMARY KEY (business_id, service_id)
        );

        CREATE TABLE customer_links (
            business_id {text} NOT NULL,
            customer_key {text} NOT NULL,
            bc_customer_number {text} NOT NULL,
            manual {bool} NOT NULL,
            by_aad_object_id {text} NOT NULL,
            updated_utc {utc} NOT NULL,
            PRIMARY KEY (business_id, customer_key)
        );

        CREATE TABLE audit_log (
            id {identity},
            at_utc {utc} NOT NULL,
            actor_aad_object_id {text} NOT NULL,
            action {text} NOT NULL,
            conversation_id {text} NOT NULL,
            business_id {text} NULL,
            details {text} NOT NULL
        );
        CREATE INDEX ix_audit_log_at ON audit_log (at_utc);
        """;

    public int Version => 3;

    public string Name => "invoicing";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
