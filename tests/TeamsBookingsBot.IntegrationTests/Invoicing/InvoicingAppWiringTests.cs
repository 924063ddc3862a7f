using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Invoicing;

[Collection(Teams.AppHostCollection.Name)]
public sealed class InvoicingAppWiringTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tbb-wiring-").FullName;

    private WebApplicationFactory<Program> Factory(string environment, bool sandbox) => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseEnvironment(environment);
        web.UseSetting("Sandbox:Enabled", sandbox ? "true" : "false");
        web.UseSetting("ConnectionStrings:Bot", $"Data Source={Path.Combine(_folder, "bot.db")}");
        web.UseSetting("Bot:AllowUnauthenticated", "true");
        web.UseSetting("Bot:AllowLoopbackServiceUrls", "true");
        web.UseSetting("Scheduling:InstanceName", "test-" + Guid.NewGuid().ToString("N"));
        web.UseSetting("urls", "http://127.0.0.1:0"); // a free port, never the default 3978
        web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Teams.BotApplicationFactory.Now)));
    });

    [Fact]
    public async Task App_SandboxOnWithoutBusinessCentralSettings_ClientReachesTheAppsSeededSandbox()
    {
        await using WebApplicationFactory<Program> factory = Factory("Development", sandbox: true);
        factory.UseKestrel(0);
        factory.StartServer();
        SandboxBookingsData bookings = factory.Services.GetRequiredService<SandboxBookingsData>();
        IBusinessCentral businessCentral = factory.Services.GetRequiredService<IBusinessCentral>();
        string[] emails = [.. bookings.Customers.Select(c => c.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

        IReadOnlyList<BcCustomer> first = await businessCentral.FindCustomersByEmailAsync(emails[0], default);
        IReadOnlyList<BcCustomer> second = await businessCentral.FindCustomersByEmailAsync(emails[1], default);
        IReadOnlyList<BcCustomer> last = await businessCentral.FindCustomersByEmailAsync(emails[^1], default);
        IReadOnlyList<BcItem> items = await businessCentral.ListServiceItemsAsync(default);

        Assert.Equal(2, first.Count); // one email on two customers
        Assert.Single(second);
        Assert.Empty(last); // one customer missing
        Assert.Equal(bookings.Services.Select(s => s.Name).Distinct().Count() - 1, items.Count); // one service unmapped
        Assert.NotNull(factory.Services.GetService<IInvoicedBookingsLookup>());
        Assert.NotNull(factory.Services.GetService<InvoiceReconciler>());
    }

    [Fact]
    public void App_ProductionWithPartialBusinessCentralSettings_OneLineErrorsNamingTheKeys()
    {
        using WebApplicationFactory<Program> factory = Factory("Production", sandbox: false)
            .WithWebHostBuilder(web => web.UseSetting("BusinessCentral:ClientId", "9d2f8c1a-3b4e-4f5a-8b6c-7d8e9f0a1b2c"));

        // Program prints validation failures and exits (BotStartup); under the test host, ask the validator directly.
        Exception? error = Record.Exception(() => factory.Services.GetRequiredService<IStartupValidator>().Validate());

        OptionsValidationException validation = Assert.IsType<OptionsValidationException>(Unwrap(error));
        List<string> failures = [.. (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures) ?? validation.Failures];
        Assert.Contains("BusinessCentral:CompanyId or BusinessCentral:CompanyName is required.", failures);
        // No BusinessCentral:TenantId needed: the app signs in to the business's tenant (else the bot's).
        Assert.Contains("BusinessCentral:ClientSecret, BusinessCentral:CertificatePath or BusinessCentral:UseManagedIdentity is required with BusinessCentral:ClientId.", failures);
        Assert.All(failures, f => Assert.DoesNotContain('\n', f));
    }

    [Fact]
    public async Task App_ProductionWithNoBusinessCentralSettings_StartsAndSaysItIsNotConnected()
    {
        using WebApplicationFactory<Program> factory = Factory("Production", sandbox: false).WithWebHostBuilder(web =>
        {
            web.UseSetting("MicrosoftAppId", "5f0c3a7e-1b2d-4c6e-8f90-a1b2c3d4e5f6");
            web.UseSetting("MicrosoftAppTenantId", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
            web.UseSetting("MicrosoftAppPassword", "fake-pw");
        });

        IBusinessCentral businessCentral = factory.Services.GetRequiredService<IBusinessCentral>();
        BusinessCentralException notConnected = await Assert.ThrowsAsync<BusinessCentralException>(
            () => businessCentral.GetCompaniesAsync(default));

        Assert.Equal("Client_NotConfigured", notConnected.Code);
        Assert.Contains("isn't connected", notConnected.Message, StringComparison.Ordinal);
    }

    private static Exception? Unwrap(Exception? error) =>
        error is AggregateException aggregate ? aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() : error;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
