using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Teams.TenantIsolation;

public sealed class PostgresTenantIsolationFixture : TenantIsolationFixture
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
