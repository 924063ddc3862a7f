using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Setup;
using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Storage;

internal static class StorageExtensions
{
    /// <summary>
    /// Options, the connection factory for the configured provider, the stores, the start-up migrator, the seeding of business settings from configuration,
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
        services.TryAddBusinessSettings();
        services.AddSingleton<BusinessSettingsSeeder>();
        // Migration 11 moves rows that predate tenants to the tenant configuration sets up (ConfiguredTenant).
        services.AddSingleton(sp => new StorageMigrator(
            sp.GetRequiredService<IDbConnectionFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StorageMigrator>>(),
            configuredTenantId: ConfiguredTenant.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())));
        services.AddSingleton<ITenantRoleStore, TenantRoleStore>();

        // Order matters: hosted services start in registration order, and the purge needs the schema.
        services.AddHostedService<StorageMigrationHostedService>();
        services.AddHostedService<BusinessSettingsSeedService>();
        services.AddHostedService<ActivityReceiptPurgeService>();

        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [StorageHealthCheck.ReadyTag]);
        return builder;
    }

    /// <summary>The business settings store, read through its in-memory cache; for hosts that wire stores without AddStorage too.</summary>
    internal static IServiceCollection TryAddBusinessSettings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BusinessSettingsStore>();
        services.TryAddSingleton<CachedBusinessSettingsStore>();
        services.TryAddSingleton<IBusinessSettingsStore>(sp => sp.GetRequiredService<CachedBusinessSettingsStore>());
        services.TryAddSingleton<IConversationBusinessLinks, ConversationBusinessLinks>();
        return services;
    }

    private static IDbConnectionFactory CreateConnectionFactory(StorageOptions options, IHostEnvironment environment) =>
        options.ParsedProvider switch
        {
            StorageProvider.Postgres => new PostgresConnectionFactory(options.ConnectionString!),
            _ => new SqliteConnectionFactory(options.ConnectionString, environment.ContentRootPath),
        };
}
