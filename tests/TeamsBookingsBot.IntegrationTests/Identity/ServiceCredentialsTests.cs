using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Testing.Fakes;

namespace TeamsBookingsBot.Identity;

/// <summary>
/// One app registration: Graph and Business Central sign in as the bot (MicrosoftAppId) in the business's tenant
/// unless their own credentials are configured; checked on the token requests Entra's endpoint receives.
/// </summary>
public sealed class ServiceCredentialsTests
{
    private const string BotAppId = "00000000-0000-0000-0000-0000000000b0";
    private const string BotTenant = "contoso-tenant";
    private const string OtherTenant = "fabrikam-tenant";
    private const string FabrikamSalon = "salon@fabrikam.example";

    private static readonly Dictionary<string, string?> BotIdentity = new()
    {
        ["MicrosoftAppId"] = BotAppId,
        ["MicrosoftAppPassword"] = "bot-secret",
        ["MicrosoftAppTenantId"] = BotTenant,
    };

    [Fact]
    public async Task Graph_OnlyTheBotsIdentity_SignsInAsTheBotInTheMailboxesTenant()
    {
        await using FakeTokenEndpoint entra = await FakeTokenEndpoint.StartAsync();
        using IHost host = Build(entra, BotIdentity);

        RequestInformation request = await AuthenticateGraphAsync(host, $"solutions/bookingBusinesses/{Uri.EscapeDataString(FabrikamSalon)}/calendarView");

        FakeTokenEndpoint.TokenRequest token = Assert.Single(entra.Requests);
        Assert.Equal(new FakeTokenEndpoint.TokenRequest("login.microsoftonline.com", OtherTenant, BotAppId, "https://graph.microsoft.com/.default", "client_credentials"), token);
        Assert.Equal("Bearer " + FakeTokenEndpoint.TokenFor(OtherTenant, BotAppId), Assert.Single(request.Headers["Authorization"]));
    }

    [Fact]
    public async Task Graph_ExplicitGraphCredentials_WinOverTheBotsIdentity()
    {
        await using FakeTokenEndpoint entra = await FakeTokenEndpoint.StartAsync();
        using IHost host = Build(entra, new(BotIdentity)
        {
            ["Graph:TenantId"] = "graph-home",
            ["Graph:ClientId"] = "graph-app",
            ["Graph:ClientSecret"] = "graph-secret",
        });

        await AuthenticateGraphAsync(host, $"solutions/bookingBusinesses/{Uri.EscapeDataString(FabrikamSalon)}/services");

        FakeTokenEndpoint.TokenRequest token = Assert.Single(entra.Requests);
        Assert.Equal(("graph-home", "graph-app"), (token.Tenant, token.ClientId));
    }

    [Fact]
    public async Task Graph_ExplicitCredentialsWithoutTenant_SignInTheBusinessesTenant()
    {
        await using FakeTokenEndpoint entra = await FakeTokenEndpoint.StartAsync();
        using IHost host = Build(entra, new() { ["Graph:ClientId"] = "multi-tenant-app", ["Graph:ClientSecret"] = "s" });

        await AuthenticateGraphAsync(host, $"solutions/bookingBusinesses/{Uri.EscapeDataString(FabrikamSalon)}");

        Assert.Equal((OtherTenant, "multi-tenant-app"), (Assert.Single(entra.Requests).Tenant, entra.Requests[0].ClientId));
    }

    [Fact]
    public async Task Graph_RequestNamingATenant_SignsInThere()
    {
        await using FakeTokenEndpoint entra = await FakeTokenEndpoint.StartAsync();
        using IHost host = Build(entra, BotIdentity);

        await AuthenticateGraphAsync(host, "solutions/bookingBusinesses", new GraphTenantOption("northwind-tenant"));

        Assert.Equal("northwind-tenant", Assert.Single(entra.Requests).Tenant);
    }

    [Fact]
    public async Task Credentials_OnePerServiceAndTenant_TokenAskedOnce()
    {
        await using FakeTokenEndpoint entra = await FakeTokenEndpoint.StartAsync();
        using IHost host = Build(entra, BotIdentity);
        ServiceCredentials credentials = host.Services.GetRequiredService<ServiceCredentials>();

        PickedCredential first = credentials.For(ServiceKind.BusinessCentral, OtherTenant);
        Assert.Same(first, credentials.For(ServiceKind.BusinessCentral, OtherTenant.ToUpperInvariant()));
        Assert.NotSame(first, credentials.For(ServiceKind.Graph, OtherTenant));
        Assert.NotSame(first, credentials.For(ServiceKind.BusinessCentral, BotTenant));
        var context = new Azure.Core.TokenRequestContext([BusinessCentralOptions.Scope]);
        await first.Credential.GetTokenAsync(context, default);
        await first.Credential.GetTokenAsync(context, default);

        FakeTokenEndpoint.TokenRequest token = Assert.Single(entra.Requests);
        Assert.Equal("https://api.businesscentral.dynamics.com/.default", token.Scope);
        Assert.Equal("the bot's identity (MicrosoftAppPassword)", first.Source);
    }

    [Fact]
    public void Credentials_NothingConfigured_SaysWhatToSet()
    {
        using IHost host = Build(null, new() { ["MicrosoftAppTenantId"] = BotTenant });

        ServiceCredentialUnavailableException ex = Assert.Throws<ServiceCredentialUnavailableException>(
            () => host.Services.GetRequiredService<ServiceCredentials>().For(ServiceKind.BusinessCentral, OtherTenant));

        Assert.Contains("MicrosoftAppId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BusinessCentral:ClientId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BusinessCentral_Connection_CallsTheTenantsEnvironmentWithTheBotsTokenForThatTenant()
    {
        await using FakeTokenEndpoint entra = await FakeTokenEndpoint.StartAsync();
        var sandbox = new BusinessCentralSandbox();
        await using LoopbackServer bc = await LoopbackServer.StartAsync(null, app => app.MapSandboxBusinessCentral("/bc", sandbox));
        var seen = new List<(string Path, string? Authorization)>();
        using IHost host = Build(entra, BotIdentity, services => services.AddHttpClient(BusinessCentralExtensions.HttpClientName)
            .AddHttpMessageHandler(() => new ApiHostToLoopback(bc.Origin + "/bc", seen)));

        IBusinessCentral client = host.Services.GetRequiredService<IBusinessCentralConnections>()
            .For(OtherTenant, new BcCompanyRef("Production", null, BusinessCentralSandbox.CronusCompanyName));
        IReadOnlyList<BcCompany> companies = await client.GetCompaniesAsync(default);

        Assert.Contains(companies, c => c.Name == BusinessCentralSandbox.CronusCompanyName);
        (string path, string? authorization) = Assert.Single(seen);
        Assert.Equal($"/v2.0/{OtherTenant}/Production/api/v2.0/companies", path);
        Assert.Equal("Bearer " + FakeTokenEndpoint.TokenFor(OtherTenant, BotAppId), authorization);
        Assert.Equal((OtherTenant, "https://api.businesscentral.dynamics.com/.default"), (entra.Requests[0].Tenant, entra.Requests[0].Scope));
    }

    private static async Task<RequestInformation> AuthenticateGraphAsync(IHost host, string relative, IRequestOption? option = null)
    {
        var provider = new TenantGraphAuthenticationProvider(
            host.Services.GetRequiredService<ServiceCredentials>(), host.Services.GetRequiredService<BusinessTenantLookup>(),
            new Uri(GraphOptions.DefaultBaseUrl));
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(GraphOptions.DefaultBaseUrl + "/" + relative) };
        if (option is not null)
        {
            request.AddRequestOptions([option]);
        }
        await provider.AuthenticateRequestAsync(request, cancellationToken: default);
        return request;
    }

    private static IHost Build(FakeTokenEndpoint? entra, Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Graph:Businesses:0:Id"] = FabrikamSalon,
            ["BusinessCentral:CompanyName"] = BusinessCentralSandbox.CronusCompanyName,
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IBusinessSettingsStore>(new InMemoryBusinessSettingsStore(
            new BusinessSettings { TenantId = OtherTenant, BusinessId = FabrikamSalon }));
        builder.AddGraphBookings();
        builder.AddBusinessCentral();
        if (entra is not null)
        {
            builder.Services.Configure<ServiceCredentialOptions>(o => o.Transport = entra.Transport);
        }
        more?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>Carries calls for Business Central's API host to the sandbox on loopback, recording what they carried.</summary>
    private sealed class ApiHostToLoopback(string sandboxRoot, List<(string, string?)> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri original = request.RequestUri!;
            lock (seen)
            {
                seen.Add((original.AbsolutePath, request.Headers.Authorization?.ToString()));
            }
            string rest = original.AbsolutePath[(original.AbsolutePath.IndexOf("/api/v2.0", StringComparison.Ordinal) + "/api/v2.0".Length)..];
            request.RequestUri = new Uri(sandboxRoot + rest + original.Query);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
