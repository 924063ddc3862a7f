using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Scheduling;

internal static class SchedulingExtensions
{
    /// <summary>
    /// Quartz with its persistent ADO.NET store (verified set-up: ../shared/docs/quartz-notes.md). On SQLite it gets
    /// its own file beside the app's, because the app's write transactions would stall it; on PostgreSQL it shares the
    /// app's database and runs clustered, so several bot instances share one schedule.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        SchedulingOptions scheduling = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new();
        StorageOptions storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
        string? appConnectionString = builder.Configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        bool postgres = StorageOptions.TryParseProvider(storage.Provider, out StorageProvider provider) && provider == StorageProvider.Postgres;

        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = scheduling.InstanceName);
            q.UsePersistentStore(store =>
            {
                if (postgres)
                {
                    store.UsePostgres(appConnectionString ?? "");
                    if (scheduling.Clustered)
                    {
                        store.UseClustering(c =>
                        {
                            c.CheckinInterval = TimeSpan.FromSeconds(scheduling.ClusterCheckinIntervalSeconds);
                            c.CheckinMisfireThreshold = TimeSpan.FromSeconds(scheduling.ClusterCheckinMisfireThresholdSeconds);
                        });
                    }
                }
                else
                {
                    store.UseSqlite(QuartzSqliteConnectionString(scheduling, appConnectionString, builder.Environment.ContentRootPath));
                }
                store.ProvisionSchema();
            });
            // Keep stored schedules (and their misfire handling) across restarts instead of resetting them on every start.
            q.ConfigureOptions<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
            q.AddQuartzHealthChecks(o =>
            {
                o.Tags.Add(ReadinessTags.Ready);
                o.StandbyStatus = HealthStatus.Unhealthy;
            });
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>Quartz's own SQLite file: <c>quartz.db</c> in the app database's folder unless configured.</summary>
    private static string QuartzSqliteConnectionString(SchedulingOptions scheduling, string? appConnectionString, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(scheduling.SqliteConnectionString))
        {
            return SqliteConnectionFactory.Resolve(scheduling.SqliteConnectionString, contentRoot);
        }
        var app = new SqliteConnectionStringBuilder(SqliteConnectionFactory.Resolve(appConnectionString, contentRoot));
        string folder = Path.GetDirectoryName(app.DataSource) ?? contentRoot;
        return SqliteConnectionFactory.Resolve("Data Source=" + Path.Combine(folder, "quartz.db"), contentRoot);
    }
}
