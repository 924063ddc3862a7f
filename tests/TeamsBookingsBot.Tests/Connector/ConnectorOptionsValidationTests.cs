using Microsoft.Extensions.Options;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class ConnectorOptionsValidationTests
{
    [Fact]
    public void Identity_SingleTenantWithoutTenantOrSecret_NamesBothKeys()
    {
        ValidateOptionsResult result = new ConnectorIdentityValidator().Validate(null,
            new BotIdentityOptions { MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = "a" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("MicrosoftAppTenantId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("MicrosoftAppPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, BotAppType.SingleTenant)]
    [InlineData("a", BotAppType.UserAssignedMSI)]
    public void Identity_AnonymousOrManagedIdentity_NeedsNoSecret(string? appId, BotAppType type) =>
        Assert.True(new ConnectorIdentityValidator().Validate(null,
            new BotIdentityOptions { MicrosoftAppType = type, MicrosoftAppId = appId, MicrosoftAppTenantId = "t" }).Succeeded);

    [Fact]
    public void Identity_ManagedIdentityWithASecretOrWithoutTenant_Fails()
    {
        ValidateOptionsResult result = new ConnectorIdentityValidator().Validate(null, new BotIdentityOptions
        {
            MicrosoftAppType = BotAppType.UserAssignedMSI, MicrosoftAppId = "a", MicrosoftAppPassword = "p",
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("MicrosoftAppPassword must be empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Bot_Defaults_AreValid() =>
        Assert.True(new ConnectorOptionsValidator().Validate(null, new BotOptions()).Succeeded);

    [Theory]
    [InlineData("https://smba.trafficmanager.net")]
    [InlineData("smba.trafficmanager.net/amer")]
    [InlineData("*botframework.com")]
    [InlineData("x.*.botframework.com")]
    public void Bot_MalformedAllowListEntry_IsNamed(string entry)
    {
        ValidateOptionsResult result = new ConnectorOptionsValidator().Validate(null, new BotOptions { OutboundHostAllowList = [entry] });

        Assert.Contains(entry, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
