using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// The whole app (Program) in Development with unauthenticated activities allowed and a temp SQLite file; the
/// Bookings ports are in-memory fakes, and the clock is fixed at <see cref="ListingTestData.Now"/>.
/// </summary>
internal sealed class ChatBotFactory(params BookingsBusiness[] businesses) : WebApplicationFactory<Program>
{
    public ChatBotFactory()
        : this(ListingTestData.Contoso)
    {
    }

    private readonly string folder = Directory.CreateTempSubdirectory("listcard-").FullName;

    public InMemoryBookingStore Store { get; } = new();

    public InMemoryInvoicedBookingsLookup Ledger { get; } = new();

    public InMemoryBookingSync Sync { get; } = new();

    public InMemoryBusinessCatalog Catalog { get; } = new(businesses);

    public FakeTimeProvider Time { get; } = new(ListingTestData.Now);

    /// <summary>The list the app runs (over <see cref="Store"/> and <see cref="Ledger"/>), with its count of pages listed.</summary>
    public InMemoryUninvoicedBookingsList List => (InMemoryUninvoicedBookingsList)Services.GetRequiredService<IUninvoicedBookingsList>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Bot:AllowUnauthenticated", "true");
        builder.UseSetting("Bot:AllowLoopbackServiceUrls", "true");
        builder.UseSetting("Sandbox:Enabled", "true");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Bot", "Data Source=" + Path.Combine(folder, "bot.db"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Scheduling:InstanceName", "test-" + Guid.NewGuid().ToString("N"));
        builder.UseSetting("urls", "http://127.0.0.1:0"); // a free port, never the default 3978
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBookingStore>(Store);
            services.AddSingleton<IInvoicedBookingsLookup>(Ledger);
            // The list over the in-memory fakes: the list's own specification, as the SQL list is compared with it.
            services.AddSingleton<IUninvoicedBookingsList>(sp => new InMemoryUninvoicedBookingsList(
                Store, Ledger, sp.GetRequiredService<CompletionPolicy>(), sp.GetRequiredService<BillingRules>()));
            services.AddSingleton<IBookingSyncStatusReader>(Sync);
            services.AddSingleton<IBookingSyncTrigger>(Sync);
            services.AddSingleton<IBookingSyncWatcher>(Sync);
            services.AddSingleton<IBookingsBusinessCatalog>(Catalog);
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
