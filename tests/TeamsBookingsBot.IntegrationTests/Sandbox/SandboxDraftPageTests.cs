using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Invoicing;

namespace TeamsBookingsBot.Sandbox;

/// <summary>
/// In sandbox mode "Open in Business Central" opens the sandbox's page of the draft, over real HTTP on the
/// running bot: the link comes from the result card the bot sends after a real invoice run.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SandboxDraftPageTests
{
    private static readonly InvoicingActor Bookkeeper = new("aad-bookkeeper", "Bookkeeper", "conv-page", "tenant-page");

    [Fact]
    public async Task OpenInBusinessCentral_OnTheResultCardOfASandboxDraft_ShowsItsLinesAndTotals()
    {
        using BotApplicationFactory app = new();
        app.UseKestrel(0);
        app.StartServer();
        await WaitForFirstSyncAsync(app.Services);
        SandboxBookingsData bookings = app.Services.GetRequiredService<SandboxBookingsData>();
        // Bookings of the last few days before the sandbox's "today": completed, on the bot's clock too.
        string[] ids = [.. bookings.Appointments
            .Where(a => LocalTimeConverter.LocalDate(a.EndUtc, bookings.Zone) is var day && day < bookings.Today && day >= bookings.Today.AddDays(-5))
            .Select(a => a.AppointmentId)];
        IDraftInvoicing invoicing = app.Services.GetRequiredService<IDraftInvoicing>();
        InvoicePreview preview = await invoicing.PreviewAsync(
            new InvoiceSelection(SandboxBookingsData.Mailbox, ids, InvoicePlanAdjustments.None), Bookkeeper, CancellationToken.None);
        InvoiceRunResult result = await invoicing.ConfirmAsync(preview.RunId, Bookkeeper, CancellationToken.None);
        AdaptiveCard card = await app.Services.GetRequiredService<InvoicingCardFactory>()
            .ResultCardAsync(Bookkeeper.TenantId, result, null, new HashSet<Guid>(), CancellationToken.None);
        CreatedInvoice created = result.Created[0];
        BusinessCentralSandboxInvoice draft = app.Services.GetRequiredService<BusinessCentralSandbox>().Invoices.Single(i => i.Id == created.InvoiceId);

        string link = OpenUrls(card.ToJsonObject()).First(u => u.Contains(Uri.EscapeDataString(created.InvoiceNumber), StringComparison.Ordinal));
        using HttpClient browser = new();
        using HttpResponseMessage page = await browser.GetAsync(new Uri(link));
        string html = await page.Content.ReadAsStringAsync();

        Assert.StartsWith(ServerOrigin(app), link, StringComparison.Ordinal); // the bot's own address, not businesscentral.dynamics.com
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sales Invoice " + draft.Number, html, StringComparison.Ordinal);
        Assert.Contains(">Draft<", html, StringComparison.Ordinal);
        Assert.Contains(draft.CustomerNumber, html, StringComparison.Ordinal);
        Assert.All(draft.Lines, line =>
        {
            Assert.Contains(HtmlEncoder.Default.Encode(line.Description), html, StringComparison.Ordinal);
            Assert.Contains(">" + line.UnitPrice.ToString("#,##0.00###", CultureInfo.InvariantCulture) + "<", html, StringComparison.Ordinal);
        });
        Assert.Contains("Total USD incl. tax</th><td class=\"n\">" + draft.TotalAmountIncludingTax.ToString("#,##0.00###", CultureInfo.InvariantCulture) + "<",
            html, StringComparison.Ordinal);

        using HttpResponseMessage gone = await browser.GetAsync(new Uri(link.Replace(Uri.EscapeDataString(draft.Number), "S-INV999999", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static IEnumerable<string> OpenUrls(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.OpenUrl" && (string?)o["title"] == "Open in Business Central" => [(string)o["url"]!],
        JsonObject o => o.SelectMany(p => OpenUrls(p.Value)),
        JsonArray a => a.SelectMany(OpenUrls),
        _ => [],
    };

    private static string ServerOrigin(BotApplicationFactory app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    // The first sync runs at start; its measurement is the event to wait for (the status row is written first).
    private static async Task WaitForFirstSyncAsync(IServiceProvider services)
    {
        using MetricCollector<double> syncs = new(services.GetRequiredService<IMeterFactory>(), "TeamsBookingsBot", "bot.sync.duration");
        IBookingSyncStatusReader status = services.GetRequiredService<IBookingSyncStatusReader>();
        if (await status.GetLastSuccessAsync(SandboxBookingsData.Mailbox, CancellationToken.None) is null)
        {
            await syncs.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(60));
        }
        Assert.NotNull(await status.GetLastSuccessAsync(SandboxBookingsData.Mailbox, CancellationToken.None));
    }
}
