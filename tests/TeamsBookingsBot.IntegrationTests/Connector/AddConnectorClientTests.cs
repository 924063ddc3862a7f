using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class AddConnectorClientTests
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddConnectorClient();
        return builder;
    }

    [Fact]
    public async Task AddConnectorClient_FromConfiguration_SendsWithTokenThroughTheTypedClient()
    {
        await using FakeConnector fake = await FakeConnector.StartAsync();
        HostApplicationBuilder builder = Builder(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "fake-pw",
            ["MicrosoftAppTenantId"] = "tenant-id",
            ["Bot:AllowLoopbackServiceUrls"] = "true",
        });
        CountingCredentialFactory credentials = new();
        builder.Services.AddSingleton<IBotCredentialFactory>(credentials);
        using IHost host = builder.Build();
        await host.StartAsync();

        IConnectorClient client = host.Services.GetRequiredService<IConnectorClient>();
        ResourceResponse result = await client.SendToConversationAsync(
            fake.BaseUrl, "a:1", new JsonObject { ["type"] = "message" }, CancellationToken.None);

        Assert.Equal("default-id", result.Id);
        Assert.Equal("Bearer token-1", Assert.Single(fake.Requests).Authorization);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddConnectorClient_SingleTenantWithoutTenant_FailsAtStartNamingTheKey()
    {
        using IHost host = Builder(new() { ["MicrosoftAppId"] = "app-id", ["MicrosoftAppPassword"] = "x" }).Build();

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConnectorClient_OptionsAlreadyBound_DoesNotBindTwice()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:OutboundHostAllowList:0"] = "fake.example.test" });
        builder.Services.AddOptions<TeamsBookingsBot.Teams.BotOptions>().BindConfiguration(TeamsBookingsBot.Teams.BotOptions.Section);
        builder.AddConnectorClient();
        using IHost host = builder.Build();

        List<string> allowList = host.Services.GetRequiredService<IOptions<TeamsBookingsBot.Teams.BotOptions>>().Value.OutboundHostAllowList;

        Assert.Single(allowList, h => h == "fake.example.test");
    }
}
