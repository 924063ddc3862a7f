using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Identity;

/// <summary>
/// The one place that decides how the bot signs in to Graph and Business Central. A service's own credentials in
/// configuration (<c>Graph:*</c>, <c>BusinessCentral:*</c>) win; otherwise the bot's identity (<c>MicrosoftAppId</c>
/// with its secret, certificate or managed identity) is used, in the tenant of the business being served, so one
/// app registration with admin consent in that tenant is all a customer needs. One credential per (service, tenant)
/// lives for the process, so Azure.Identity's token cache serves every request.
/// </summary>
public sealed class ServiceCredentials(
    IOptions<GraphOptions> graph,
    IOptions<BusinessCentralOptions> businessCentral,
    IOptions<BotIdentityOptions> bot,
    IOptions<BotOptions> botOptions,
    IOptions<ServiceCredentialOptions> transport,
    ILogger<ServiceCredentials> logger)
{
    private readonly ConcurrentDictionary<(ServiceKind Kind, string Tenant), Lazy<PickedCredential>> _picked = new();

    /// <summary>
    /// The credential for <paramref name="kind"/> in <paramref name="tenantId"/> (null: the configured tenant).
    /// Throws <see cref="ServiceCredentialUnavailableException"/> when nothing configured can sign in there.
    /// </summary>
    public PickedCredential For(ServiceKind kind, string? tenantId)
    {
        ExplicitCredentialSettings own = Explicit(kind);
        BotIdentityOptions identity = bot.Value;
        string tenant = (own.IsSet && !string.IsNullOrWhiteSpace(own.TenantId) ? own.TenantId
            : !string.IsNullOrWhiteSpace(tenantId) ? tenantId
            : !string.IsNullOrWhiteSpace(own.TenantId) ? own.TenantId
            : identity.MicrosoftAppTenantId)
            ?? throw new ServiceCredentialUnavailableException(kind,
                $"No tenant to sign in to {Name(kind)} in: set MicrosoftAppTenantId or {own.Section}:TenantId.");
        (ServiceKind, string) key = (kind, tenant.Trim().ToLowerInvariant());
        Lazy<PickedCredential> picked = _picked.GetOrAdd(key, _ => new Lazy<PickedCredential>(() => Create(kind, tenant, own, identity)));
        try
        {
            return picked.Value;
        }
        catch (ServiceCredentialUnavailableException)
        {
            // Not cached: a failure (a missing setting) is reported again, never remembered.
            _picked.TryRemove(new KeyValuePair<(ServiceKind, string), Lazy<PickedCredential>>(key, picked));
            throw;
        }
    }

    /// <summary>True when some credential is configured for <paramref name="kind"/>: its own, or the bot's identity.</summary>
    public bool IsConfigured(ServiceKind kind) => Explicit(kind).IsSet || bot.Value.HasAppId;

    private PickedCredential Create(ServiceKind kind, string tenant, ExplicitCredentialSettings own, BotIdentityOptions identity)
    {
        PickedCredential picked = own.IsSet ? FromExplicit(kind, tenant, own)
            : identity.HasAppId ? FromBotIdentity(kind, tenant, identity)
            : throw new ServiceCredentialUnavailableException(kind,
                $"No credential for {Name(kind)}: set MicrosoftAppId with MicrosoftAppPassword, MicrosoftAppCertificatePath or "
                + $"MicrosoftAppType=UserAssignedMSI (the bot's own identity), or {own.Section}:ClientId with a secret or certificate.");
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.CredentialPicked(kind.ToString(), picked.TenantId, picked.ClientId, picked.Source);
        }
        return picked;
    }

    private PickedCredential FromExplicit(ServiceKind kind, string tenant, ExplicitCredentialSettings own)
    {
        string s = own.Section;
        if (own.UseManagedIdentity)
        {
            ManagedIdentityCredential managed = string.IsNullOrWhiteSpace(own.ClientId)
                ? new ManagedIdentityCredential(Options(new ManagedIdentityCredentialOptions(ManagedIdentityId.SystemAssigned)))
                : new ManagedIdentityCredential(Options(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(own.ClientId))));
            return new PickedCredential(managed, kind, tenant, own.ClientId ?? "", $"{s}:UseManagedIdentity");
        }
        string clientId = string.IsNullOrWhiteSpace(own.ClientId)
            ? throw new ServiceCredentialUnavailableException(kind, $"{s}:ClientId is required with {s}:ClientSecret or {s}:CertificatePath.")
            : own.ClientId;
        return !string.IsNullOrWhiteSpace(own.CertificatePath)
            ? new PickedCredential(Certificate(tenant, clientId, own.CertificatePath, own.CertificatePassword), kind, tenant, clientId, $"{s}:CertificatePath")
            : new PickedCredential(Secret(tenant, clientId, own.ClientSecret, kind, $"{s}:ClientSecret"), kind, tenant, clientId, $"{s}:ClientSecret");
    }

    private PickedCredential FromBotIdentity(ServiceKind kind, string tenant, BotIdentityOptions identity)
    {
        string appId = identity.MicrosoftAppId!;
        if (identity.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            // A managed identity signs in only in its own tenant: Azure picks it, the business's tenant cannot.
            return new PickedCredential(
                new ManagedIdentityCredential(Options(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(appId)))),
                kind, identity.MicrosoftAppTenantId ?? tenant, appId, "the bot's identity (UserAssignedMSI)");
        }
        return !string.IsNullOrWhiteSpace(identity.MicrosoftAppCertificatePath)
            ? new PickedCredential(Certificate(tenant, appId, identity.MicrosoftAppCertificatePath, identity.MicrosoftAppCertificatePassword),
                kind, tenant, appId, "the bot's identity (MicrosoftAppCertificatePath)")
            : new PickedCredential(Secret(tenant, appId, identity.MicrosoftAppPassword, kind, "MicrosoftAppPassword"),
                kind, tenant, appId, "the bot's identity (MicrosoftAppPassword)");
    }

    private ClientSecretCredential Secret(string tenant, string clientId, string? secret, ServiceKind kind, string key) =>
        string.IsNullOrWhiteSpace(secret)
            ? throw new ServiceCredentialUnavailableException(kind, $"{key} is empty: {Name(kind)} cannot be signed in to.")
            : new ClientSecretCredential(tenant, clientId, secret, Options(new ClientSecretCredentialOptions()));

    private ClientCertificateCredential Certificate(string tenant, string clientId, string path, string? password) =>
        string.IsNullOrEmpty(password)
            ? new ClientCertificateCredential(tenant, clientId, path, Options(new ClientCertificateCredentialOptions()))
            : new ClientCertificateCredential(tenant, clientId, X509CertificateLoader.LoadPkcs12FromFile(path, password),
                Options(new ClientCertificateCredentialOptions()));

    private T Options<T>(T options) where T : TokenCredentialOptions
    {
        options.AuthorityHost = new Uri(botOptions.Value.LoginAuthorityHost);
        if (transport.Value.Transport is { } custom)
        {
            options.Transport = custom;
        }
        return options;
    }

    private ExplicitCredentialSettings Explicit(ServiceKind kind) => kind switch
    {
        ServiceKind.Graph => new(GraphOptions.Section, graph.Value.TenantId, graph.Value.ClientId, graph.Value.ClientSecret,
            graph.Value.CertificatePath, graph.Value.CertificatePassword, graph.Value.UseManagedIdentity),
        _ => new(BusinessCentralOptions.Section, businessCentral.Value.TenantId, businessCentral.Value.ClientId, businessCentral.Value.ClientSecret,
            businessCentral.Value.CertificatePath, businessCentral.Value.CertificatePassword, businessCentral.Value.UseManagedIdentity),
    };

    private static string Name(ServiceKind kind) => kind == ServiceKind.Graph ? "Microsoft Graph" : "Business Central";
}
