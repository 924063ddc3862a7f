namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>Every migration, oldest first. Adding one = one new file + one line here.</summary>
internal static class MigrationCatalog
{
    public static IReadOnlyList<IMigration> All { get; } =
    [
        new Migration0001Skeleton(),
        new Migration0002Bookings(),
        new Migration0003Invoicing(),
        new Migration0004InstallationToken(),
        new Migration0005CardScopes(),
        new Migration0006AuditActorName(),
        new Migration0007ListQuery(),
        new Migration0008ReceiptResponses(),
        new Migration0010BusinessSettings(),
        new Migration0011TenantScopes(),
        new Migration0013TenantRoles(),
    ];

    public static int LatestVersion => All[^1].Version;
}
