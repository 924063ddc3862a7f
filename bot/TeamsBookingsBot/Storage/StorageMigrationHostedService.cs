namespace TeamsBookingsBot.Storage;

/// <summary>
/// Migrates in StartAsync: the host starts hosted services one after another, in registration order, and
/// the web server (itself a hosted service registered after the app's) only listens once they are all
/// started, so no request meets an old schema. A failure stops the start-up.
/// </summary>
internal sealed class StorageMigrationHostedService(StorageMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
