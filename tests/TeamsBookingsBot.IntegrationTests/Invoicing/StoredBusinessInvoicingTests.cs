using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Testing.Fakes;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Each business invoices into its own Business Central company with its own invoicing settings.</summary>
public sealed class StoredBusinessInvoicingTests
{
    private static readonly BusinessSettings Salon = new()
    {
        TenantId = "contoso-tenant",
        BusinessId = "salon@contoso.example",
        BusinessCentral = new BcCompanyRef("Production", null, BusinessCentralSandbox.CronusCompanyName),
        AllowCreateCustomers = true,
        CustomerTemplate = BusinessCentralSandbox.TemplateCustomerNumber,
        GroupBilling = GroupBookingBilling.FirstCustomerPaysAll,
        NoShowFee = new NoShowFee("NOSHOW", NoShowFeeKind.FixedAmount, 25m),
    };

    private static readonly BusinessSettings Clinic = new()
    {
        TenantId = "fabrikam-tenant",
        BusinessId = "clinic@fabrikam.example",
        BusinessCentral = new BcCompanyRef("Production", BusinessCentralSandbox.EmptyCompanyId, null),
    };

    [Fact]
    public async Task ForAsync_TwoBusinesses_EachItsCompanyAndItsSettingsOverTheDeployments()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        using IHost host = Build(bc, Salon, Clinic);
        IBusinessInvoicing invoicing = host.Services.GetRequiredService<IBusinessInvoicing>();

        BusinessInvoicingProfile salon = await invoicing.ForAsync("SALON@contoso.example", default);
        BusinessInvoicingProfile clinic = await invoicing.ForAsync(Clinic.BusinessId, default);

        Assert.NotNull(await salon.BusinessCentral.GetCustomerByNumberAsync(BusinessCentralSandbox.TemplateCustomerNumber, default));
        Assert.Null(await clinic.BusinessCentral.GetCustomerByNumberAsync(BusinessCentralSandbox.TemplateCustomerNumber, default));
        Assert.Equal((true, BusinessCentralSandbox.TemplateCustomerNumber, GroupBookingBilling.FirstCustomerPaysAll, "NOSHOW"),
            (salon.Settings.AllowCreateCustomers, salon.Settings.CustomerTemplate, salon.Settings.GroupBilling, salon.Settings.NoShowFee?.ItemNumber));
        Assert.Equal((false, (string?)null, GroupBookingBilling.PerAttendee, (NoShowFee?)null),
            (clinic.Settings.AllowCreateCustomers, clinic.Settings.CustomerTemplate, clinic.Settings.GroupBilling, clinic.Settings.NoShowFee));
        Assert.Equal(7, clinic.Settings.MaxParallelLookups); // the deployment's, from Invoicing:MaxParallelLookups
    }

    [Fact]
    public async Task ForAsync_NoCompanyChosen_RefusesToInvoiceInPlainWords()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        using IHost host = Build(bc, Salon with { BusinessCentral = null, DisplayName = "Contoso Salon" });

        BusinessCentralException ex = await Assert.ThrowsAsync<BusinessCentralException>(
            () => host.Services.GetRequiredService<IBusinessInvoicing>().ForAsync(Salon.BusinessId, default));

        Assert.Equal("Client_NotConfigured", ex.Code);
        Assert.Equal("No Business Central company is chosen for Contoso Salon yet: an admin picks the environment and company in setup.", ex.Message);
    }

    [Fact]
    public async Task ForAsync_BusinessTheStoreDoesNotKnow_UsesTheConfiguredCompanyAndSettings()
    {
        await using BcSandboxHost bc = await BcSandboxHost.StartAsync();
        using IHost host = Build(bc);

        BusinessInvoicingProfile profile = await host.Services.GetRequiredService<IBusinessInvoicing>().ForAsync("other@contoso.example", default);

        Assert.True(profile.Settings.AllowCreateCustomers); // Invoicing:AllowCreateCustomers
        Assert.NotNull(await profile.BusinessCentral.GetCustomerByNumberAsync(BusinessCentralSandbox.TemplateCustomerNumber, default));
    }

    private static IHost Build(BcSandboxHost bc, params BusinessSettings[] businesses)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BusinessCentral:BaseUrl"] = bc.BaseUrl,
            ["BusinessCentral:CompanyName"] = BusinessCentralSandbox.CronusCompanyName,
            ["Invoicing:AllowCreateCustomers"] = "true",
            ["Invoicing:MaxParallelLookups"] = "7",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IBusinessSettingsStore>(new InMemoryBusinessSettingsStore(businesses));
        builder.AddBusinessCentral();
        builder.Services.AddSingleton(sp => InvoicingExtensions.Settings(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<InvoicingOptions>>().Value,
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<BusinessCentralOptions>>().Value));
        builder.Services.AddOptions<InvoicingOptions>().BindConfiguration(InvoicingOptions.Section);
        builder.Services.AddTransient<IBusinessInvoicing>(sp => new StoredBusinessInvoicing(
            sp.GetRequiredService<IBusinessSettingsStore>(), sp.GetRequiredService<Application.Ports.IBusinessCentralConnections>(),
            sp.GetRequiredService<Application.Ports.IBusinessCentral>, sp.GetRequiredService<DraftInvoicingSettings>()));
        return builder.Build();
    }
}
