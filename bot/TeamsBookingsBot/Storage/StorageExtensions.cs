using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Storage;

internal static class StorageExtensions
{
    /// <summary>
    /// Options, the connection factory for the configured provider, the stores, the start-up migrator,
    /// the receipt purge timer and the "storage" health check (tag "ready").
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                string? connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
                if (!string.IsNullOrWhiteSpace(connectionString))
                {
                    options.ConnectionString = connectionString;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IDbConnectionFactory>(sp => CreateConnectionFactory(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<IConversationReferenceStore, ConversationReferenceStore>();
        services.AddSingleton<IActivityReceiptStore, ActivityReceiptStore>();
        services.AddSingleton<IListSnapshotStore, ListSnapshotStore>();
        services.AddSingleton<ITenantRoleStore, TenantRoleStore>();
        services.AddSingleton<StorageMigrator>();

        // Order matters: hosted services start in registration order, and the purge needs the schema.
        services.AddHostedService<StorageMigrationHostedService>();
        services.AddHostedService<ActivityReceiptPurgeService>();

        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [StorageHealthCheck.ReadyTag]);
        return builder;
    }

    private static IDbConnectionFactory CreateConnectionFactory(StorageOptions options, IHostEnvironment environment) =>
        options.ParsedProvider switch
        {
            StorageProvider.Postgres => new PostgresConnectionFactory(options.ConnectionString!),
            _ => new SqliteConnectionFactory(options.ConnectionString, environment.ContentRootPath),
        };
}
