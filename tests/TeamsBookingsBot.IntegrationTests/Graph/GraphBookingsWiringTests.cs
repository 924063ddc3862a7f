using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Graph;

public sealed class GraphBookingsWiringTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGraphBookings();
        return builder.Build();
    }

    [Fact]
    public async Task AddGraphBookings_NoCredentialsAndNoSandbox_FailsAtStartNamingBothWays()
    {
        using IHost host = Build(new() { ["Graph:Businesses:0:Id"] = "contosohair@contoso.onmicrosoft.com" });

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ex.Failures, f => f.StartsWith("Microsoft Graph needs a credential: set MicrosoftAppId", StringComparison.Ordinal)
            && f.Contains("Graph:ClientId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGraphBookings_OnlyTheBotsIdentity_StartsWithOneAppRegistration()
    {
        using IHost host = Build(new()
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000002",
            ["MicrosoftAppPassword"] = "fake-pw",
            ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com",
            ["Graph:Businesses:0:Id"] = "contosohair@contoso.onmicrosoft.com",
        });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task AddGraphBookings_SecretWithoutClientId_FailsNamingClientId()
    {
        using IHost host = Build(new()
        {
            ["Graph:ClientSecret"] = "fake-pw",
            ["Graph:Businesses:0:Id"] = "contosohair@contoso.onmicrosoft.com",
        });

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ex.Failures, f => f.StartsWith("Graph:ClientId is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGraphBookings_NothingConfiguredAndNoSandbox_StartsNotConnected()
    {
        using IHost host = Build([]);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task AddGraphBookings_CredentialsButNoBusiness_FailsNamingBusinesses()
    {
        using IHost host = Build(new()
        {
            ["Graph:TenantId"] = "contoso.onmicrosoft.com",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientSecret"] = "fake-pw",
        });

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ex.Failures, f => f.StartsWith("Graph:Businesses needs at least one Bookings business", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGraphBookings_BadBaseUrlAndZone_FailsNamingTheKeys()
    {
        using IHost host = Build(new()
        {
            ["Graph:TenantId"] = "contoso.onmicrosoft.com",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientSecret"] = "fake-pw",
            ["Graph:BaseUrl"] = "https://graph.microsoft.com",
            ["Graph:Businesses:0:Id"] = "contosohair@contoso.onmicrosoft.com",
            ["Graph:Businesses:0:TimeZone"] = "Mars/Olympus_Mons",
        });

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ex.Failures, f => f.StartsWith("Graph:BaseUrl must be", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Graph:Businesses:0:TimeZone 'Mars/Olympus_Mons'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGraphBookings_ClientSecret_BuildsOneClientForPublicGraph()
    {
        using IHost host = Build(new()
        {
            ["Graph:TenantId"] = "contoso.onmicrosoft.com",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientSecret"] = "fake-pw",
            ["Graph:Businesses:0:Id"] = "contosohair@contoso.onmicrosoft.com",
        });
        await host.StartAsync();

        GraphClientAccessor accessor = host.Services.GetRequiredService<GraphClientAccessor>();

        Assert.Equal(GraphOptions.DefaultBaseUrl, accessor.Client.RequestAdapter.BaseUrl);
        Assert.Same(accessor.Client, host.Services.GetRequiredService<GraphClientAccessor>().Client);
        await host.StopAsync();
    }

    [Fact]
    public async Task SandboxEnabled_NoGraphSettings_SourceReadsTheAppsOwnSandbox()
    {
        await using WebApplication app = await SandboxGraphApp.StartAsync();

        GraphBusinessOptions configured = Assert.Single(app.Services.GetRequiredService<IOptions<GraphOptions>>().Value.Businesses);
        IBookingsSource source = app.Services.GetRequiredService<IBookingsSource>();
        BookingsBusiness business = await source.GetBusinessAsync(configured.Id, default);
        IReadOnlyList<StaffMember> staff = await source.ListStaffMembersAsync(configured.Id, default);

        Assert.Equal(new BookingsBusiness(SandboxBookingsData.Mailbox, "Contoso Hair & Beauty", "Pacific Standard Time", "USD"), business);
        Assert.Equal(app.Services.GetRequiredService<SandboxBookingsData>().Staff, staff);
        Assert.Equal(new DateOnly(2026, 11, 18), app.Services.GetRequiredService<SandboxBookingsData>().Today);
        await app.StopAsync();
    }
}
