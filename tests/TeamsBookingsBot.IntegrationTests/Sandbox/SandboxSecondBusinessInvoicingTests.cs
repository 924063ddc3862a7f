using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Teams;

namespace TeamsBookingsBot.Sandbox;

/// <summary>
/// The running bot with the sandbox on, after an admin connected the sandbox's second business (Fabrikam Physio) to
/// the company Fabrikam B.V. (saved settings, as the setup card saves them): its bookings sync over the sandbox Graph
/// and its drafts land in Fabrikam B.V. in euros, none in CRONUS.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SandboxSecondBusinessInvoicingTests
{
    private static readonly InvoicingActor Bookkeeper = new("aad-bookkeeper", "Bookkeeper", "conv-physio", "tenant-physio");

    [Fact]
    public async Task Invoice_SecondBusinessConnectedInSetup_DraftsLandInItsCompanyOnly()
    {
        using BotApplicationFactory app = new();
        app.UseKestrel(0);
        app.StartServer();
        await WaitForFirstSyncAsync(app.Services);
        SandboxBookingsData physio = app.Services.GetRequiredService<SandboxBookingsBusinesses>().Physio;
        string mailbox = physio.Profile.Mailbox;
        IBusinessSettingsStore store = app.Services.GetRequiredService<IBusinessSettingsStore>();
        IReadOnlyList<BusinessSettings> configured = await store.ListAllAsync(CancellationToken.None);
        Assert.DoesNotContain(configured, b => string.Equals(b.BusinessId, mailbox, StringComparison.OrdinalIgnoreCase)); // not seeded
        (BusinessSettingsSaveOutcome outcome, _) = await store.SaveAsync(new BusinessSettings
        {
            TenantId = configured.Single().TenantId,
            BusinessId = mailbox,
            TimeZoneId = physio.Profile.TimeZoneId,
            CurrencyCode = physio.Profile.Currency,
            BusinessCentral = new BcCompanyRef("Production", null, BusinessCentralSandbox.FabrikamCompanyName),
            UpdatedBy = "aad-admin",
        }, CancellationToken.None);
        Assert.Equal(BusinessSettingsSaveOutcome.Saved, outcome);

        BookingSyncResult synced = await app.Services.GetRequiredService<SyncBookings>().RunAsync(mailbox, CancellationToken.None);
        string[] ids = [.. physio.Appointments
            .Where(a => a.Customers.Count == 1 && a.Price > 0
                && LocalTimeConverter.LocalDate(a.EndUtc, physio.Zone) is var day && day < physio.Today && day >= physio.Today.AddDays(-5))
            .Select(a => a.AppointmentId)];
        IDraftInvoicing invoicing = app.Services.GetRequiredService<IDraftInvoicing>();
        InvoicePreview preview = await invoicing.PreviewAsync(new InvoiceSelection(mailbox, ids, InvoicePlanAdjustments.None), Bookkeeper, CancellationToken.None);
        InvoiceRunResult result = await invoicing.ConfirmAsync(preview.RunId, Bookkeeper, CancellationToken.None);

        BusinessCentralSandbox bc = app.Services.GetRequiredService<BusinessCentralSandbox>();
        IReadOnlyList<BusinessCentralSandboxInvoice> fabrikam = bc.InvoicesOf(BusinessCentralSandbox.FabrikamCompanyId);
        HashSet<string> fabrikamItems = [.. bc.ItemsOf(BusinessCentralSandbox.FabrikamCompanyId).Select(i => i.Number)];
        Dictionary<string, string> fabrikamCustomers = bc.CustomersOf(BusinessCentralSandbox.FabrikamCompanyId).ToDictionary(c => c.Number, c => c.Email);
        Assert.Null(synced.Error);
        Assert.Equal(("Fabrikam Physio", "EUR"), (preview.Business.DisplayName, preview.Business.CurrencyCode));
        Assert.NotEmpty(result.Created);
        Assert.Empty(bc.Invoices); // CRONUS
        Assert.Empty(bc.InvoicesOf(BusinessCentralSandbox.EmptyCompanyId));
        Assert.Equal(result.Created.Select(c => c.InvoiceId).Order(), fabrikam.Select(i => i.Id).Order());
        Assert.All(result.Created, c => Assert.Equal("EUR", c.Total.Currency));
        Assert.All(fabrikam, i =>
        {
            Assert.Contains(fabrikamCustomers[i.CustomerNumber], physio.Customers.Select(c => c.Email));
            Assert.All(i.Lines, l => Assert.Contains(l.ItemNumber, fabrikamItems));
        });
        Assert.Equal(result.Created.Sum(c => c.Total.Amount), fabrikam.Sum(i => i.TotalAmountIncludingTax));
    }

    // The first sync (the configured salon) runs at start; its measurement is the event to wait for.
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
