using Azure.Identity;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Connector;

namespace TeamsBookingsBot.Connector;

public sealed class BotCredentialFactoryTests
{
    private readonly BotCredentialFactory factory = new();

    [Theory]
    [InlineData(BotAppType.SingleTenant)]
    [InlineData(BotAppType.MultiTenant)]
    public void Create_PasswordIdentity_IsClientSecretCredential(BotAppType type) =>
        Assert.IsType<ClientSecretCredential>(factory.Create(
            new BotIdentityOptions { MicrosoftAppType = type, MicrosoftAppId = "a", MicrosoftAppPassword = "p", MicrosoftAppTenantId = "t" },
            new BotOptions()));

    [Fact]
    public void Create_UserAssignedMsi_IsManagedIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(factory.Create(
            new BotIdentityOptions { MicrosoftAppType = BotAppType.UserAssignedMSI, MicrosoftAppId = "a" }, new BotOptions()));

    [Fact]
    public void Create_SingleTenantWithoutTenant_Throws() =>
        Assert.Throws<InvalidOperationException>(() => factory.Create(
            new BotIdentityOptions { MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppId = "a", MicrosoftAppPassword = "p" },
            new BotOptions()));
}
