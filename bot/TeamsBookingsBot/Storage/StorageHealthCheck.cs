using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsBookingsBot.Storage.Migrations;

namespace TeamsBookingsBot.Storage;

/// <summary>Ready when the database answers and every known migration is applied.</summary>
internal sealed class StorageHealthCheck(IDbConnectionFactory db) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>Tag of checks that gate readiness; the integrator maps <c>/ready</c> to it.</summary>
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlySet<int> applied;
        try
        {
            await using DbConnection connection = await db.OpenAsync(cancellationToken);
            applied = await StorageMigrator.ReadAppliedVersionsAsync(connection, db.Dialect, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{db.Dialect.Provider} database unreachable.", ex);
        }
        int pending = MigrationCatalog.All.Count(m => !applied.Contains(m.Version));
        return pending == 0
            ? HealthCheckResult.Healthy($"{db.Dialect.Provider} schema at version {MigrationCatalog.LatestVersion}.")
            : HealthCheckResult.Unhealthy($"{db.Dialect.Provider} schema has {pending} pending migration(s).");
    }
}
