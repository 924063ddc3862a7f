using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace TeamsBookingsBot.Scheduling;

/// <summary>Ready only once the scheduler has started and is not shutting down or in stand-by.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulerFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IScheduler scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (scheduler.IsShutdown)
        {
            return HealthCheckResult.Unhealthy("The scheduler is shut down.");
        }
        if (!scheduler.IsStarted || scheduler.InStandbyMode)
        {
            return HealthCheckResult.Unhealthy("The scheduler has not started yet.");
        }
        return HealthCheckResult.Healthy();
    }
}
