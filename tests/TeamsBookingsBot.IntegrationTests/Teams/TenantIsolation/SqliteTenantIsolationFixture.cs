using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Teams.TenantIsolation;

public sealed class SqliteTenantIsolationFixture : TenantIsolationFixture
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
