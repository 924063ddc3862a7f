using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Teams.Authentication;

namespace TeamsBookingsBot.Authentication;

public sealed class BotAuthenticationExtensionsTests
{
    private static HostApplicationBuilder Builder(string environment, Dictionary<string, string?> settings)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Fact]
    public async Task AddBotAuthentication_RootAppIdAndBotSection_AuthenticatesThroughDi()
    {
        await using AuthHarness h = await AuthHarness.StartAsync();
        HostApplicationBuilder builder = Builder(Environments.Production, new()
        {
            ["MicrosoftAppId"] = AuthHarness.AppId,
            ["MicrosoftAppTenantId"] = AuthHarness.TenantId,
            ["Bot:OpenIdMetadataUrl"] = h.Server.MetadataUrl,
        });
        builder.Services.AddSingleton<TimeProvider>(h.Time);
        builder.AddBotAuthentication();
        using IHost host = builder.Build();
        await host.StartAsync();

        IBotAuthenticator authenticator = host.Services.GetRequiredService<IBotAuthenticator>();
        BotAuthenticationResult result = await authenticator.AuthenticateAsync("Bearer " + h.ChannelToken(), AuthHarness.Activity(), CancellationToken.None);

        Assert.True(result.IsAuthenticated);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotAuthentication_NoAppIdInProduction_FailsAtStartup()
    {
        HostApplicationBuilder builder = Builder(Environments.Production, new() { ["Bot:AllowUnauthenticated"] = "true" });
        builder.AddBotAuthentication();
        using IHost host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppId is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotAuthentication_NoAppIdInDevelopmentWithBypass_Starts()
    {
        HostApplicationBuilder builder = Builder(Environments.Development, new() { ["Bot:AllowUnauthenticated"] = "true" });
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        builder.AddBotAuthentication();
        using IHost host = builder.Build();

        await host.StartAsync();

        Assert.NotNull(host.Services.GetRequiredService<IBotAuthenticator>());
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotAuthentication_EntraCallersWithoutTenant_FailsAtStartup()
    {
        HostApplicationBuilder builder = Builder(Environments.Production, new()
        {
            ["MicrosoftAppId"] = AuthHarness.AppId,
            ["Bot:AllowedEntraCallers:0"] = "d7c2a9e0-1111-4222-8333-944455556666",
        });
        builder.AddBotAuthentication();
        using IHost host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", ex.Message, StringComparison.Ordinal);
    }
}
