namespace TeamsBookingsBot.Teams.TenantIsolation;

[Collection(AppHostCollection.Name)]
public sealed class SqliteTenantIsolationTests(SqliteTenantIsolationFixture chat)
    : TenantIsolationTests(chat), IClassFixture<SqliteTenantIsolationFixture>;
