using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Hosting;

namespace TeamsBookingsBot.Storage;

/// <summary>Start-up seeds the stored settings from configuration, in the configured tenant, before anything reads them.</summary>
public sealed class BusinessSettingsStartupTests(SqliteStorageDatabase database) : IClassFixture<SqliteStorageDatabase>
{
    private const string Mailbox = "salon@contoso.onmicrosoft.com";

    [Fact]
    public async Task Start_AppTenantAndBusinesses_StoresThemInThatTenantWithConfigurationMarks()
    {
        IBusinessSettingsStore store = await StartAsync(new()
        {
            ["MicrosoftAppTenantId"] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ["Graph:Businesses:0:Id"] = Mailbox,
            ["Graph:Businesses:0:TimeZone"] = "Europe/Berlin",
            ["Graph:Businesses:1:Id"] = "spa@contoso.onmicrosoft.com",
            ["BusinessCentral:Environment"] = "Sandbox",
            ["BusinessCentral:CompanyName"] = "CRONUS DE",
            ["Invoicing:GroupBilling"] = "FirstCustomerPaysAll",
        });

        IReadOnlyList<BusinessSettings> stored = await store.ListAsync("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", default);

        Assert.Equal([Mailbox, "spa@contoso.onmicrosoft.com"], stored.Select(s => s.BusinessId));
        BusinessSettings salon = stored[0];
        Assert.Equal(("Europe/Berlin", "Sandbox", "CRONUS DE", GroupBookingBilling.FirstCustomerPaysAll, (string?)null),
            (salon.TimeZoneId, salon.BusinessCentral!.Environment, salon.BusinessCentral.CompanyName, salon.GroupBilling, salon.UpdatedBy));
        Assert.Equal(
            [BusinessSettingField.TimeZone, BusinessSettingField.BusinessCentralEnvironment, BusinessSettingField.BusinessCentralCompany, BusinessSettingField.GroupBilling],
            salon.FromConfiguration.Order());
        Assert.DoesNotContain(BusinessSettingField.TimeZone, stored[1].FromConfiguration);
    }

    [Fact]
    public async Task Start_SandboxOnWithoutAppTenant_StoresThemInTheSandboxTenant()
    {
        IBusinessSettingsStore store = await StartAsync(new()
        {
            ["Sandbox:Enabled"] = "true",
            ["Sandbox:TenantId"] = "sandbox-tenant",
            ["Graph:Businesses:0:Id"] = Mailbox,
        });

        Assert.Equal("sandbox-tenant", (await store.ListAllAsync(default)).Single().TenantId);
    }

    [Fact]
    public async Task Start_SandboxOnByDefault_UsesThePlaygroundsTenant()
    {
        IBusinessSettingsStore store = await StartAsync(new() { ["Graph:Businesses:0:Id"] = Mailbox });

        Assert.Equal(SandboxMode.DefaultTenantId, (await store.ListAllAsync(default)).Single().TenantId);
    }

    [Fact]
    public async Task Start_NoTenantAnywhere_SetsNothingUp()
    {
        IBusinessSettingsStore store = await StartAsync(new() { ["Sandbox:Enabled"] = "false", ["Graph:Businesses:0:Id"] = Mailbox });

        Assert.Empty(await store.ListAllAsync(default));
    }

    private async Task<IBusinessSettingsStore> StartAsync(Dictionary<string, string?> configuration)
    {
        Dictionary<string, string?> all = await database.CreateFreshDatabaseAsync();
        foreach ((string key, string? value) in configuration)
        {
            all[key] = value;
        }
        IHost host = database.BuildHost(all);
        await host.StartAsync();
        await host.StopAsync();
        return host.Services.GetRequiredService<IBusinessSettingsStore>();
    }
}
