namespace TeamsBookingsBot.Teams.TenantIsolation;

[Collection(AppHostCollection.Name)]
public sealed class PostgresTenantIsolationTests(PostgresTenantIsolationFixture chat)
    : TenantIsolationTests(chat), IClassFixture<PostgresTenantIsolationFixture>;
