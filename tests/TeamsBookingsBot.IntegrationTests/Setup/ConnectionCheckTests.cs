using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Sandbox;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Setup;

/// <summary>"Test connection" against the sandbox Graph and Business Central over real HTTP, through the bot's real clients.</summary>
public sealed class ConnectionCheckTests
{
    private static readonly BusinessSettings Salon = new()
    {
        TenantId = "contoso-tenant",
        BusinessId = SandboxBookingsData.Mailbox,
        BusinessCentral = new BcCompanyRef("Production", null, BusinessCentralSandbox.CronusCompanyName),
    };

    [Fact]
    public async Task Check_EverythingInPlace_PassesEveryStepAndLeavesNoDraft()
    {
        await using WebApplication app = await StartAsync();
        BusinessCentralSandbox bc = app.Services.GetRequiredService<BusinessCentralSandbox>();
        int invoicesBefore = bc.Invoices.Count;

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>().CheckAsync(Salon, default);

        Assert.True(report.AllPassed, string.Join(" | ", report.Steps.Select(s => s.Sentence)));
        Assert.Equal(
            [ConnectionCheckArea.Bookings, ConnectionCheckArea.Bookings, ConnectionCheckArea.Bookings,
             ConnectionCheckArea.BusinessCentral, ConnectionCheckArea.BusinessCentral, ConnectionCheckArea.BusinessCentral,
             ConnectionCheckArea.BusinessCentral, ConnectionCheckArea.BusinessCentral],
            report.Steps.Select(s => s.Area));
        Assert.Contains("nothing was left behind", report.Steps[^1].Sentence, StringComparison.Ordinal);
        Assert.Equal(invoicesBefore, bc.Invoices.Count);
        Assert.Equal(1, bc.RequestCount("POST $batch"));
    }

    [Fact]
    public async Task Check_WrongMailbox_SaysGraphKnowsNoSuchBusiness()
    {
        await using WebApplication app = await StartAsync();

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>()
            .CheckAsync(Salon with { BusinessId = "nosuchsalon@contoso.onmicrosoft.com" }, default);

        ConnectionCheckStep graph = Assert.Single(report.Steps, s => s.Area == ConnectionCheckArea.Bookings);
        Assert.False(graph.Passed);
        Assert.Equal("Microsoft Graph knows no Bookings business with the mailbox nosuchsalon@contoso.onmicrosoft.com (404): check the address; it is the business's booking mailbox, e.g. salon@contoso.onmicrosoft.com.", graph.Sentence);
        Assert.All(report.Steps.Where(s => s.Area == ConnectionCheckArea.BusinessCentral), s => Assert.True(s.Passed));
    }

    [Fact]
    public async Task Check_MissingPermission_NamesThePermissionToGrant()
    {
        await using WebApplication app = await StartAsync();
        app.Services.GetRequiredService<SandboxGraphApi>().InjectFaults(1, new SandboxGraphFault(403));

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>().CheckAsync(Salon, default);

        ConnectionCheckStep graph = Assert.Single(report.Steps, s => s.Area == ConnectionCheckArea.Bookings);
        Assert.False(graph.Passed);
        Assert.Equal($"Microsoft Graph does not let the app read the business {SandboxBookingsData.Mailbox} (403): in tenant contoso-tenant, grant the app the application permission Bookings.Read.All and give admin consent.", graph.Sentence);
    }

    [Fact]
    public async Task Check_SandboxBusinessWithoutPermission_SaysWhichPermissionToGrant()
    {
        await using WebApplication app = await StartAsync();

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>()
            .CheckAsync(Salon with { BusinessId = SandboxGraphApi.ForbiddenMailbox }, default);

        ConnectionCheckStep graph = Assert.Single(report.Steps, s => s.Area == ConnectionCheckArea.Bookings);
        Assert.False(graph.Passed);
        Assert.Contains("(403): in tenant contoso-tenant, grant the app the application permission Bookings.Read.All", graph.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CompanyNotFound_NamesTheCompaniesThereAre()
    {
        await using WebApplication app = await StartAsync();

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>()
            .CheckAsync(Salon with { BusinessCentral = new BcCompanyRef("Production", null, "Fabrikam Ltd") }, default);

        ConnectionCheckStep[] bc = [.. report.Steps.Where(s => s.Area == ConnectionCheckArea.BusinessCentral)];
        Assert.Equal([true, false], bc.Select(s => s.Passed));
        Assert.Equal($"Business Central has no company Fabrikam Ltd in Production that the app can see (it has {BusinessCentralSandbox.CronusCompanyName}, {BusinessCentralSandbox.EmptyCompanyName}, {BusinessCentralSandbox.FabrikamCompanyName}): pick one of its companies.", bc[1].Sentence);
    }

    [Fact]
    public async Task Check_BusinessCentralDown_SaysTheConnectionWasRefused()
    {
        await using WebApplication app = await StartAsync(new() { ["BusinessCentral:BaseUrl"] = $"http://127.0.0.1:{ClosedPort()}/api/v2.0", ["BusinessCentral:MaxRetries"] = "0", ["BusinessCentral:CompanyName"] = BusinessCentralSandbox.CronusCompanyName });

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>().CheckAsync(Salon, default);

        ConnectionCheckStep bc = Assert.Single(report.Steps, s => s.Area == ConnectionCheckArea.BusinessCentral);
        Assert.False(bc.Passed);
        Assert.Equal("Find the Business Central environment Production", bc.What);
        Assert.StartsWith("The bot could not connect to Business Central (the connection was refused)", bc.Sentence, StringComparison.Ordinal);
        Assert.All(report.Steps.Where(s => s.Area == ConnectionCheckArea.Bookings), s => Assert.True(s.Passed));
    }

    [Fact]
    public async Task Check_NoCompanyChosenYet_SaysToPickOne()
    {
        await using WebApplication app = await StartAsync();

        ConnectionReport report = await app.Services.GetRequiredService<IConnectionCheck>().CheckAsync(Salon with { BusinessCentral = null }, default);

        Assert.False(Assert.Single(report.Steps, s => s.Area == ConnectionCheckArea.BusinessCentral).Passed);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task<WebApplication> StartAsync(Dictionary<string, string?>? settings = null) => SetupSandboxApp.StartAsync(settings);
}
