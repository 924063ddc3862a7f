using System.Collections.Concurrent;
using Azure.Core;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Identity;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// One Business Central connection per tenant, environment and company: its API root, its credential (the one
/// picked for Business Central in that tenant) and its session (the company resolved by name once, the deep-insert
/// finding, the invoice gate). Every client is a fresh <see cref="HttpClient"/> of the one named client, so every
/// call goes through the one resilience pipeline.
/// </summary>
internal sealed class BusinessCentralConnections(
    IHttpClientFactory httpClients,
    IOptions<BusinessCentralOptions> options,
    IOptions<BotIdentityOptions> bot,
    ServiceCredentials credentials,
    IServiceProvider services,
    ILoggerFactory loggers) : IBusinessCentralConnections, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Connection>> _connections = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILogger _logger = loggers.CreateLogger<BusinessCentralClient>();

    /// <summary>The tenant whose Business Central the configuration names: BusinessCentral:TenantId, else the bot's tenant.</summary>
    public string? ConfiguredTenant => FirstText(options.Value.TenantId, bot.Value.MicrosoftAppTenantId);

    public IBusinessCentral For(string tenantId, BcCompanyRef company) => Client(tenantId, company, configured: true);

    /// <summary>The company configured in BusinessCentral:* (a deployment without stored settings); "not connected" while none is.</summary>
    public IBusinessCentral Configured()
    {
        BusinessCentralOptions o = options.Value;
        return Client(ConfiguredTenant, new BcCompanyRef(o.Environment, o.CompanyId, o.CompanyName), o.IsConfigured);
    }

    /// <summary>The harmless calls of "Test connection" in <paramref name="environment"/> of <paramref name="tenantId"/>.</summary>
    public BusinessCentralProbe Probe(string tenantId, string environment)
    {
        Connection connection = ConnectionFor(tenantId, new BcCompanyRef(environment, null, null), configured: true);
        return new BusinessCentralProbe(new BusinessCentralHttp(
            httpClients.CreateClient(BusinessCentralExtensions.HttpClientName), connection.Endpoint, connection.Credential, _logger));
    }

    private Connection ConnectionFor(string? tenantId, BcCompanyRef company, bool configured)
    {
        // An explicit BusinessCentral:TenantId wins, as its credentials do: that app lives in that tenant.
        string? tenant = FirstText(options.Value.TenantId, tenantId);
        string key = $"{tenant}|{company.Environment}|{company.CompanyId}|{company.CompanyName}|{configured}";
        return _connections.GetOrAdd(key, _ => new Lazy<Connection>(() => Open(tenant, company, configured))).Value;
    }

    private BusinessCentralClient Client(string? tenantId, BcCompanyRef company, bool configured)
    {
        Connection connection = ConnectionFor(tenantId, company, configured);
        return new BusinessCentralClient(
            httpClients.CreateClient(BusinessCentralExtensions.HttpClientName), connection.Options, connection.Endpoint, connection.Session,
            connection.Credential, _logger);
    }

    private Connection Open(string? tenant, BcCompanyRef company, bool configured)
    {
        BusinessCentralOptions o = options.Value.ForCompany(tenant, company);
        var endpoint = new BusinessCentralEndpoint(o, tenant, company.Environment, configured, services);
        var credential = new Lazy<TokenCredential?>(() => Credential(o, tenant));
        return new Connection(o, endpoint, new BusinessCentralSession(o.MaxParallelInvoices), () => credential.Value);
    }

    private TokenCredential? Credential(BusinessCentralOptions o, string? tenant)
    {
        if (o.IsLoopback)
        {
            return null;
        }
        try
        {
            return credentials.For(ServiceKind.BusinessCentral, tenant).Credential;
        }
        catch (ServiceCredentialUnavailableException ex)
        {
            throw new BusinessCentralException("Client_NoCredential", ex.Message, null, isTransient: false, inner: ex);
        }
    }

    private static string? FirstText(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public void Dispose()
    {
        foreach (Lazy<Connection> connection in _connections.Values.Where(c => c.IsValueCreated))
        {
            connection.Value.Session.Dispose();
        }
    }

    private sealed record Connection(
        BusinessCentralOptions Options, BusinessCentralEndpoint Endpoint, BusinessCentralSession Session, Func<TokenCredential?> Credential);
}
