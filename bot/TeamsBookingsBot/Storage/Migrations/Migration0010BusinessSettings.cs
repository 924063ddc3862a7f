namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// Settings live in the database per tenant: one row per Bookings business (<see cref="BusinessSettingsStore"/>), keyed by
/// its mailbox in lower case because a mailbox belongs to one tenant whatever case it is typed in; the fields set in
/// configuration are named in <c>from_configuration</c> (comma-separated <c>BusinessSettingField</c> names). A team or chat
/// linked to one business ("this chat is about Contoso Salon") has a row in <c>conversation_business_links</c>.
/// </summary>
internal sealed class Migration0010BusinessSettings : IMigration
{
    private const string Sql = """
        CREATE TABLE business_settings (
            business_key {text} NOT NULL PRIMARY KEY,
            business_id {text} NOT NULL,
            tenant_id {text} NOT NULL,
            display_name {text} NULL,
            time_zone_id {text} NOT NULL,
            currency_code {text} NULL,
            sync_interval_minutes {int} NOT NULL,
            completion_rule {text} NOT NULL,
            completion_grace_seconds {bigint} NOT NULL,
            sync_customers {bool} NOT NULL,
            customer_template {text} NULL,
            sync_services {bool} NOT NULL,
            item_template {text} NULL,
            bc_environment {text} NULL,
            bc_company_id {text} NULL,
            bc_company_name {text} NULL,
            no_show_item {text} NULL,
            no_show_kind {text} NULL,
            no_show_value {decimal} NULL,
            group_billing {text} NOT NULL,
            allow_create_customers {bool} NOT NULL,
            from_configuration {text} NOT NULL,
            version {bigint} NOT NULL,
            updated_utc {utc} NOT NULL,
            updated_by {text} NULL
        );
        CREATE INDEX ix_business_settings_tenant ON business_settings (tenant_id, business_key);

        CREATE TABLE conversation_business_links (
            tenant_id {text} NOT NULL,
            conversation_id {text} NOT NULL,
            business_key {text} NOT NULL,
            linked_utc {utc} NOT NULL,
            PRIMARY KEY (tenant_id, conversation_id)
        );
        """;

    public int Version => 10;

    public string Name => "business_settings";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
