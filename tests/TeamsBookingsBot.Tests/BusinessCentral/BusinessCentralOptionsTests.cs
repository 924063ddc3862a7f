using Microsoft.Extensions.Options;
using TeamsBookingsBot.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

public sealed class BusinessCentralOptionsTests
{
    [Fact]
    public void ResolveBaseUri_Default_FillsTenantAndEnvironment()
    {
        BusinessCentralOptions options = new() { TenantId = "contoso.onmicrosoft.com", Environment = "Production" };

        Assert.Equal("https://api.businesscentral.dynamics.com/v2.0/contoso.onmicrosoft.com/Production/api/v2.0/", options.ResolveBaseUri().AbsoluteUri);
        Assert.False(options.IsLoopback);
    }

    [Fact]
    public void Validate_RemoteClientIdWithoutSecretOrCompany_NamesTheMissingKeys()
    {
        ValidateOptionsResult result = new BusinessCentralOptionsValidator().Validate(null, new BusinessCentralOptions { TenantId = "t", ClientId = "c" });

        Assert.True(result.Failed);
        Assert.Contains("BusinessCentral:CompanyId or BusinessCentral:CompanyName is required.", result.Failures!);
        Assert.Contains("BusinessCentral:ClientSecret, BusinessCentral:CertificatePath or BusinessCentral:UseManagedIdentity is required with BusinessCentral:ClientId.", result.Failures!);
    }

    [Fact]
    public void Validate_RemoteWithoutOwnCredential_LeavesSignInToTheBotsIdentity()
    {
        BusinessCentralOptions options = new() { TenantId = "t", CompanyName = "CRONUS USA, Inc." };

        Assert.True(new BusinessCentralOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_LoopbackSandbox_NeedsNoCredential()
    {
        BusinessCentralOptions options = new() { BaseUrl = "http://127.0.0.1:5000/sandbox/bc/api/v2.0", CompanyName = "CRONUS USA, Inc." };

        Assert.True(new BusinessCentralOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.IsLoopback);
    }

    [Fact]
    public void Validate_BatchSizeAbove100_Fails()
    {
        BusinessCentralOptions options = new() { BaseUrl = "http://127.0.0.1/x", CompanyName = "c", BatchSize = 101 };

        Assert.Contains("BusinessCentral:BatchSize must be between 1 and 100.", new BusinessCentralOptionsValidator().Validate(null, options).Failures!);
    }

    [Fact]
    public void SalesInvoiceLink_NoTenant_OmitsTheSegmentsAndEscapesTheNumber()
    {
        Uri link = BusinessCentralWebLinks.SalesInvoice("https://businesscentral.dynamics.com/", null, null, "My Company", "S-INV'1");

        Assert.Equal("https://businesscentral.dynamics.com/?company=My%20Company&page=43&filter=%27No.%27%20IS%20%27S-INV%27%271%27", link.AbsoluteUri);
    }
}
