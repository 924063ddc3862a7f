using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Invoicing;

public static class InvoicingExtensions
{
    /// <summary>
    /// Draft invoicing: <see cref="InvoicingOptions"/> (validated at start-up), the SQL ledger (also the list query's
    /// <see cref="IInvoicedBookingsLookup"/>), runs, customer links, service mappings and the audit log, the use cases
    /// (<see cref="IDraftInvoicing"/>, <see cref="IInvoicingMappings"/>) and the reconciliation service. Needs
    /// AddStorage and AddBusinessCentral; <see cref="IBookingStore"/> and <see cref="IBookingsBusinessCatalog"/> come from the sync.
    /// </summary>
    public static IHostApplicationBuilder AddInvoicing(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddOptions<InvoicingOptions>().BindConfiguration(InvoicingOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InvoicingOptions>, InvoicingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<InvoiceLedger>();
        services.TryAddSingleton<IInvoiceLedger>(sp => sp.GetRequiredService<InvoiceLedger>());
        services.TryAddSingleton<IInvoicedBookingsLookup>(sp => sp.GetRequiredService<InvoiceLedger>());
        services.TryAddSingleton<IInvoiceRunStore, InvoiceRunStore>();
        services.TryAddSingleton<IInvoicingReferenceStore, InvoicingReferenceStore>();
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.TryAddBillingRules();
        services.TryAddSingleton(sp => Settings(
            sp.GetRequiredService<IOptions<InvoicingOptions>>().Value, sp.GetRequiredService<IOptions<BusinessCentralOptions>>().Value));

        // Factories, not constructor activation: the booking store and business catalog are registered by the sync,
        // and build-time validation must not reject the app before that wiring is present. The typed BC client is
        // transient, so each use case instance gets a fresh one from the factory.
        services.TryAddTransient<IBusinessInvoicing>(sp => new StoredBusinessInvoicing(
            sp.GetRequiredService<IBusinessSettingsStore>(), sp.GetRequiredService<IBusinessCentralConnections>(),
            sp.GetRequiredService<IBusinessCentral>, sp.GetRequiredService<DraftInvoicingSettings>()));
        services.TryAddTransient(sp => ActivatorUtilities.CreateInstance<DraftInvoicing>(sp));
        services.AddBotMetrics();
        services.TryAddTransient<IDraftInvoicing>(sp => new InstrumentedDraftInvoicing(sp.GetRequiredService<DraftInvoicing>(), sp.GetRequiredService<BotMetrics>()));
        services.TryAddTransient<IInvoicingMappings>(sp => sp.GetRequiredService<DraftInvoicing>());
        services.TryAddTransient(sp => ActivatorUtilities.CreateInstance<InvoiceReconciler>(sp));
        services.TryAddSingleton<InvoiceReconciliationService>();
        services.AddHostedService(sp => sp.GetRequiredService<InvoiceReconciliationService>());
        return builder;
    }

    /// <summary>
    /// <see cref="BillingRules"/> from the <c>Invoicing</c> section, for the list as for the planner. Read from configuration
    /// directly: the list is wired without the invoicing options' start-up validation, which <see cref="AddInvoicing"/> adds.
    /// </summary>
    internal static void TryAddBillingRules(this IServiceCollection services) =>
        services.TryAddSingleton(sp => (sp.GetRequiredService<IConfiguration>().GetSection(InvoicingOptions.Section).Get<InvoicingOptions>()
            ?? new InvoicingOptions()).ToBillingRules());

    internal static DraftInvoicingSettings Settings(InvoicingOptions options, BusinessCentralOptions businessCentral) => new()
    {
        AllowCreateCustomers = options.AllowCreateCustomers,
        CustomerTemplate = string.IsNullOrWhiteSpace(options.CustomerTemplate) ? businessCentral.CustomerTemplate : options.CustomerTemplate,
        GroupBilling = options.GroupBilling,
        NoShowFee = options.NoShowFee is { ItemNumber: { Length: > 0 } item } fee ? new NoShowFee(item, fee.Kind, fee.Value) : null,
        AmountCheck = options.ToBillingRules().AmountCheck,
        CompanyCurrencyCode = string.IsNullOrWhiteSpace(options.CompanyCurrencyCode) ? null : options.CompanyCurrencyCode.Trim().ToUpperInvariant(),
        MaxParallelInvoices = businessCentral.MaxParallelInvoices,
        MaxParallelLookups = options.MaxParallelLookups,
        RunningRunStaleAfter = options.RunningRunStaleAfter,
    };
}
