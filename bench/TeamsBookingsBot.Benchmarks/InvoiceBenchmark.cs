using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// 1,000 completed bookings of 200 customers invoiced through the real client against the BC sandbox with 100 ms per
/// call, preview plus confirm, compared with the bound the call pattern allows and with BC's own approach.
/// </summary>
internal sealed class InvoiceBenchmark : IBenchmark
{
    private const int Customers = 200;
    private const int BookingsPerCustomer = 5;
    private const string BusinessId = "bench@contoso.com";
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    public string Name => "invoice";

    public string Description => "1,000 bookings / 200 customers to BC drafts at 100 ms per BC call: calls, wall time, bound, ratio";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var business = new BookingsBusiness(BusinessId, "Bench Salon", "UTC", "USD");
        List<Booking> bookings = Bookings();
        var sandbox = new BusinessCentralSandbox(new BusinessCentralSandboxOptions { Latency = Latency });
        // SeedFromBookings leaves the first email ambiguous and the last unmatched: two spare customers keep all 200 billable.
        sandbox.SeedFromBookings(
            [("Spare first", "spare-first@example.com"), .. Enumerable.Range(0, Customers).Select(i => ($"Customer {i}", Email(i))), ("Spare last", "spare-last@example.com")],
            [("Haircut", 45m), ("Unused service", 1m)]);
        await using WebApplication server = await StartSandboxAsync(sandbox, ct);
        string baseUrl = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/bc/api/v2.0";
        string folder = Directory.CreateTempSubdirectory("tbb-bench-").FullName;
        try
        {
            using IHost bot = await StartBotAsync(baseUrl, folder, new InvoiceBenchmarkBookings(business, bookings), ct);
            using BusinessCentralCallMeter metrics = new(bot.Services.GetRequiredService<IMeterFactory>());
            int parallelism = bot.Services.GetRequiredService<IOptions<BusinessCentralOptions>>().Value.MaxParallelInvoices;
            int lookupParallelism = bot.Services.GetRequiredService<IOptions<InvoicingOptions>>().Value.MaxParallelLookups;
            IDraftInvoicing invoicing = bot.Services.GetRequiredService<IDraftInvoicing>();
            var actor = new InvoicingActor("bench", "Bench", "bench", null);

            Stopwatch watch = Stopwatch.StartNew();
            InvoicePreview preview = await invoicing.PreviewAsync(new InvoiceSelection(BusinessId, [.. bookings.Select(b => b.AppointmentId)], Domain.Invoicing.InvoicePlanAdjustments.None), actor, ct);
            TimeSpan previewTime = watch.Elapsed;
            InvoiceRunResult result = await invoicing.ConfirmAsync(preview.RunId, actor, ct);
            TimeSpan total = watch.Elapsed;

            int invoices = result.Created.Count;
            Console.WriteLine($"bot: {bookings.Count} bookings, {Customers} customers -> {invoices} drafts ({result.Failed.Count} failed, {result.Problems.Count} problems), "
                + $"{sandbox.Invoices.Sum(i => i.Lines.Count)} lines in BC");
            Console.WriteLine("  BC calls by kind: " + string.Join(", ", metrics.Snapshot().Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}")));
            Console.WriteLine($"  write calls per invoice: {(double)(metrics.Get(BusinessCentralCallKind.InvoiceCreate) + metrics.Get(BusinessCentralCallKind.LineCreate) + metrics.Get(BusinessCentralCallKind.Batch)) / invoices:0.00}");
            // Every call costs the latency; calls of one kind overlap up to their parallelism; the phases run one after another.
            long lookups = metrics.Get(BusinessCentralCallKind.CustomerLookup);
            long sequential = metrics.Get(BusinessCentralCallKind.Company) + metrics.Get(BusinessCentralCallKind.ItemLookup);
            TimeSpan bound = Latency * (sequential + Ceiling(lookups, lookupParallelism) + Ceiling(invoices, parallelism));
            Console.WriteLine($"  bound = (company + item lists {sequential} + ceil(customer lookups {lookups} / {lookupParallelism}) + ceil(invoices {invoices} / {parallelism})) x {Latency.TotalMilliseconds} ms = {bound.TotalSeconds:0.00} s");
            Console.WriteLine($"  wall time {total.TotalSeconds:0.00} s (preview {previewTime.TotalSeconds:0.00} s, confirm {(total - previewTime).TotalSeconds:0.00} s), ratio {total / bound:0.00}");

            await BusinessCentralsOwnWayAsync(baseUrl, sandbox, result, ct);
            return invoices == Customers && total / bound <= 1.2 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>BC's retired feature: per invoice a header POST, then one POST per line, one invoice after another.</summary>
    private static async Task BusinessCentralsOwnWayAsync(string baseUrl, BusinessCentralSandbox sandbox, InvoiceRunResult bot, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + $"/companies({BusinessCentralSandbox.CronusCompanyId})/") };
        int calls = 0;
        Stopwatch watch = Stopwatch.StartNew();
        foreach (CreatedInvoice invoice in bot.Created)
        {
            string customer = ((Domain.Invoicing.InvoiceCustomer.Existing)invoice.Draft.Customer).Customer.Number;
            using HttpResponseMessage header = await http.PostAsJsonAsync("salesInvoices", new { customerNumber = customer, externalDocumentNumber = "BC-" + calls }, ct);
            calls++;
            string id = (await header.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>();
            foreach (Domain.Invoicing.DraftInvoiceLine line in invoice.Draft.Lines)
            {
                using HttpResponseMessage created = await http.PostAsJsonAsync($"salesInvoices({id})/salesInvoiceLines",
                    new { lineType = "Item", lineObjectNumber = line.LineObjectNumber, description = line.Description, quantity = line.Quantity, unitPrice = line.UnitPrice }, ct);
                created.EnsureSuccessStatusCode();
                calls++;
            }
        }
        TimeSpan bound = Latency * calls;
        Console.WriteLine($"BC's own approach: {bot.Created.Count} invoices, {calls} write calls ({(double)calls / bot.Created.Count:0.00} per invoice), sequential");
        Console.WriteLine($"  bound = {calls} calls x {Latency.TotalMilliseconds} ms = {bound.TotalSeconds:0.00} s; wall time {watch.Elapsed.TotalSeconds:0.00} s, ratio {watch.Elapsed / bound:0.00}; {sandbox.Invoices.Count} invoices in BC now");
    }

    private static long Ceiling(long count, int parallelism) => (count + parallelism - 1) / parallelism;

    private static string Email(int i) => $"customer{i.ToString("000", CultureInfo.InvariantCulture)}@example.com";

    private static List<Booking> Bookings()
    {
        var start = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, Customers * BookingsPerCustomer).Select(n => new Booking
        {
            BusinessId = BusinessId,
            AppointmentId = $"appt-{n:0000}",
            ServiceId = "svc-haircut",
            ServiceName = "Haircut",
            Price = 45m,
            PriceType = BookingPriceType.FixedPrice,
            StartUtc = start.AddMinutes(30 * n),
            EndUtc = start.AddMinutes(30 * n + 30),
            Duration = TimeSpan.FromMinutes(30),
            Customers = [new BookingCustomer($"cust-{n % Customers}", $"Customer {n % Customers}", Email(n % Customers), null)],
        })];
    }

    private static async Task<WebApplication> StartSandboxAsync(BusinessCentralSandbox sandbox, CancellationToken ct)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapSandboxBusinessCentral("/bc/api/v2.0", sandbox);
        await app.StartAsync(ct);
        return app;
    }

    private static async Task<IHost> StartBotAsync(string baseUrl, string folder, InvoiceBenchmarkBookings bookings, CancellationToken ct)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["BusinessCentral:BaseUrl"] = baseUrl,
            ["BusinessCentral:CompanyName"] = BusinessCentralSandbox.CronusCompanyName,
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IBookingStore>(bookings);
        builder.Services.AddSingleton<IBookingsBusinessCatalog>(bookings);
        builder.AddStorage();
        builder.AddBusinessCentral();
        builder.AddInvoicing();
        IHost host = builder.Build();
        await host.Services.GetRequiredService<StorageMigrator>().MigrateAsync(ct);
        return host;
    }
}
