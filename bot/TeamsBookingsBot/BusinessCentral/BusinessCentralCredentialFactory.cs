using Azure.Core;
using Azure.Identity;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>Picks the Entra credential for service-to-service calls; null for a loopback sandbox.</summary>
internal static class BusinessCentralCredentialFactory
{
    public static TokenCredential? Create(BusinessCentralOptions options)
    {
        if (options.IsLoopback)
        {
            return null;
        }
        if (options.UseManagedIdentity)
        {
            return string.IsNullOrWhiteSpace(options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        }
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath,
                new ClientCertificateCredentialOptions());
        }
        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }
}
