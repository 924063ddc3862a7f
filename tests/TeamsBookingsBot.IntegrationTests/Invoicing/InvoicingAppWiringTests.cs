using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.Invoicing;

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
    public void App_ProductionWithoutBusinessCentralSettings_OneLineErrorsNamingTheKeys()
    {
        using WebApplicationFactory<Program> factory = Factory("Production", sandbox: false);

        Exception error = Record.Exception(() => factory.Services);

        OptionsValidationException validation = Assert.IsType<OptionsValidationException>(Unwrap(error));
        List<string> failures = [.. (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures) ?? validation.Failures];
        Assert.Contains("BusinessCentral:CompanyId or BusinessCentral:CompanyName is required.", failures);
        Assert.Contains("BusinessCentral:TenantId is required.", failures);
        Assert.All(failures, f => Assert.DoesNotContain('\n', f));
    }

    private static Exception? Unwrap(Exception? error) =>
        error is AggregateException aggregate ? aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() : error;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
