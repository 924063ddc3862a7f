using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace TeamsBookingsBot.Teams.Connector;

internal sealed class BotCredentialFactory : IBotCredentialFactory
{
    // Multi-tenant bots get their token from the botframework.com tenant; a single-tenant bot must use its own
    // tenant, or the Connector answers 401 (protocol spec §2.1).
    internal const string MultiTenantAuthority = "botframework.com";

    public TokenCredential Create(BotIdentityOptions identity, BotOptions bot)
    {
        string appId = identity.MicrosoftAppId
            ?? throw new InvalidOperationException("MicrosoftAppId is required to create a Connector credential.");
        if (identity.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
        }

        string tenant = identity.MicrosoftAppType == BotAppType.MultiTenant
            ? MultiTenantAuthority
            : identity.MicrosoftAppTenantId
                ?? throw new InvalidOperationException("MicrosoftAppTenantId is required for a SingleTenant bot.");
        Uri authority = new(bot.LoginAuthorityHost);

        if (!string.IsNullOrWhiteSpace(identity.MicrosoftAppCertificatePath))
        {
            ClientCertificateCredentialOptions options = new() { AuthorityHost = authority };
            return string.IsNullOrEmpty(identity.MicrosoftAppCertificatePassword)
                ? new ClientCertificateCredential(tenant, appId, identity.MicrosoftAppCertificatePath, options)
                : new ClientCertificateCredential(tenant, appId, LoadPfx(identity), options);
        }
        string secret = identity.MicrosoftAppPassword
            ?? throw new InvalidOperationException("MicrosoftAppPassword or MicrosoftAppCertificatePath is required.");
        return new ClientSecretCredential(tenant, appId, secret, new ClientSecretCredentialOptions { AuthorityHost = authority });
    }

    private static X509Certificate2 LoadPfx(BotIdentityOptions identity) =>
        X509CertificateLoader.LoadPkcs12FromFile(identity.MicrosoftAppCertificatePath!, identity.MicrosoftAppCertificatePassword);
}
