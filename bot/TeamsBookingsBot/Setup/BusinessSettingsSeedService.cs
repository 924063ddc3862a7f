using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Setup;

/// <summary>
/// Seeds the stored business settings from configuration in StartAsync, after the migration (registered right after
/// it) and before the schedule and the web server start, so the first request and the first sync see them.
/// </summary>
internal sealed class BusinessSettingsSeedService(
    BusinessSettingsSeeder seeder, IConfiguration configuration, IHostEnvironment environment, ILogger<BusinessSettingsSeedService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        string? tenant = ConfiguredTenant.From(configuration, environment);
        if (tenant is null)
        {
            int count = ConfiguredBusinessSettings.Read(configuration, "").Count;
            if (count > 0)
            {
                logger.ConfiguredBusinessesWithoutTenant(count);
            }
            return;
        }
        BusinessSettingsSeedReport report = await seeder.SeedAsync(ConfiguredBusinessSettings.Read(configuration, tenant), cancellationToken);
        foreach (string businessId in report.OwnedByAnotherTenant)
        {
            logger.ConfiguredBusinessOwnedElsewhere(businessId);
        }
        logger.BusinessSettingsSeeded(tenant, report.Added, report.Updated, report.Removed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
