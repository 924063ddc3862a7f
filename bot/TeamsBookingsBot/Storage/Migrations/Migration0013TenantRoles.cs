namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// Admins and invoicers per tenant: one row per person (an admin may also invoice), nobody stored is a member. Ids are
/// stored lower-case (Entra ids are GUIDs, compared ignoring case). <c>source</c> says how the role came: named in
/// configuration (<c>Bot:Admins</c>, not changeable from Teams), the tenant's first admin, or granted by an admin.
/// The partial unique index lets one first-admin claim per tenant win even when two people claim at the same moment.
/// </summary>
internal sealed class Migration0013TenantRoles : IMigration
{
    private const string Sql = """
        CREATE TABLE tenant_roles (
            tenant_id {text} NOT NULL,
            aad_object_id {text} NOT NULL,
            role {int} NOT NULL,
            display_name {text} NULL,
            source {text} NOT NULL,
            granted_by {text} NULL,
            granted_utc {utc} NOT NULL,
            PRIMARY KEY (tenant_id, aad_object_id)
        );
        CREATE UNIQUE INDEX ux_tenant_roles_first_admin ON tenant_roles (tenant_id) WHERE source = 'first_admin';
        """;

    public int Version => 13;

    public string Name => "tenant_roles";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
