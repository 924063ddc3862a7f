using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Teams.TenantIsolation;

/// <summary>
/// The whole app on Kestrel with its real stores (SQLite or PostgreSQL), the sandbox Bookings synced into them and the
/// sandbox Business Central. The sandbox business is set up in <see cref="TenantA"/> (the configured tenant); in chat A
/// of that tenant a list was shown, previewed and confirmed, once for all tests of a class. <see cref="TenantB"/> has no
/// business: whatever its users type or press, they must see and change nothing of tenant A.
/// </summary>
public abstract class TenantIsolationFixture : IAsyncLifetime, IDisposable
{
    public const string TenantA = SandboxMode.DefaultTenantId;
    public const string TenantB = "22222222-2222-4222-8222-222222222222";
    public const string ChatA = "a:chat-of-alex";
    public const string ChatB = "a:chat-of-eve";

    private readonly string folder = Directory.CreateTempSubdirectory("tbb-tenants-").FullName;
    private BotApplicationFactory app = null!;
    private HttpClient client = null!;
    private Dictionary<string, JsonObject> made = [];
    private ChatClient chat = null!;

    public Task<JsonObject> PressForCardAsync(JsonObject data, string conversation, string tenant, bool execute) =>
        chat.PressForCardAsync(data, conversation, tenant, execute);

    public Task<(string? Text, JsonObject? Card)> PressAsync(JsonObject data, string conversation, string tenant, bool execute) =>
        chat.PressAsync(data, conversation, tenant, execute);

    /// <summary>Types <paramref name="text"/> in a personal chat; returns what the bot posted in answer (text or card JSON).</summary>
    public Task<string> SendAsync(string text, string conversation, string tenant) => chat.SendAsync(text, conversation, tenant);


    internal FakeConnector Connector { get; private set; } = null!;

    public BusinessCentralSandbox BusinessCentral => app.Services.GetRequiredService<BusinessCentralSandbox>();

    public SandboxBookingsData Bookings => app.Services.GetRequiredService<SandboxBookingsData>();

    /// <summary>What chat A's list card showed, as JSON text.</summary>
    public string ListOfChatA { get; private set; } = "";

    /// <summary>The verbs of chat A's buttons that <see cref="MadeInChatA"/> has.</summary>
    public IReadOnlyCollection<string> Verbs => made.Keys;

    protected abstract StorageProvider Provider { get; }

    public JsonObject MadeInChatA(string verb) => made[verb].DeepClone().AsObject();

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        app = new BotApplicationFactory(extra: await InvoicingInstance.NewDatabaseAsync(Provider, folder));
        app.UseKestrel(0);
        app.StartServer();
        client = app.CreateClient();
        chat = new ChatClient(client, Connector, BotApplicationFactory.Now);
        await WaitForFirstSyncAsync();

        await SendAsync("show uninvoiced bookings yesterday", ChatA, TenantA);
        JsonObject list = Connector.Requests[^1].Json["attachments"]![0]!["content"]!.AsObject();
        ListOfChatA = CardJson.Text(list);
        JsonObject preview = await PressForCardAsync(Button(list, CardVerbs.InvoicePreview), ChatA, TenantA, execute: true);
        JsonObject result = await PressForCardAsync(Button(preview, CardVerbs.InvoiceCreate), ChatA, TenantA, execute: true);
        Assert.Contains("Created ", CardJson.Text(result), StringComparison.Ordinal);
        made = new Dictionary<string, JsonObject>
        {
            [CardVerbs.InvoicePreview] = Button(list, CardVerbs.InvoicePreview),
            [CardVerbs.MarkInvoiced] = Button(list, CardVerbs.MarkInvoiced),
            [CardVerbs.Exclude] = Button(list, CardVerbs.Exclude),
            [CardVerbs.InvoiceAll] = Button(list, CardVerbs.InvoiceAll),
            [CardVerbs.InvoiceCreate] = Button(preview, CardVerbs.InvoiceCreate),
            [CardVerbs.InvoiceUndo] = Button(result, CardVerbs.InvoiceUndo),
        };
        // With the sandbox on, the first person of a tenant becomes its admin (audited in that tenant's own log): tenant B's
        // first turn happens here, so a test's "changes nothing" compares turns that only read.
        await SendAsync("help", ChatB, TenantB);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await Connector.DisposeAsync();
    }

    // xunit disposes the fake Connector asynchronously above, and the app here.
    public void Dispose()
    {
        app.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background task: the OS temp cleaner gets it.
        }
    }

    /// <summary>Every table a card action, a list or an export could read from or write to, row by row.</summary>
    public Task<string> DumpStoreAsync() => StoreDump.OfAsync(app.Services,
        "invoice_runs", "invoice_ledger", "audit_log", "list_snapshots", "customer_links", "service_item_mappings", "conversation_references", "business_settings", "booking_sync_runs", "booking_list_state");

    private static JsonObject Button(JsonObject card, string verb) =>
        CardJson.Data(CardJson.FindExecute(card, verb) ?? throw new Xunit.Sdk.XunitException($"No {verb} button on: {CardJson.Text(card)}"));

    // The first sync runs at start; its measurement is the event to wait for (the status row is written first).
    private async Task WaitForFirstSyncAsync()
    {
        using MetricCollector<double> syncs = new(app.Services.GetRequiredService<IMeterFactory>(), "TeamsBookingsBot", "bot.sync.duration");
        IBookingSyncStatusReader status = app.Services.GetRequiredService<IBookingSyncStatusReader>();
        if (await status.GetLastSuccessAsync(SandboxBookingsData.Mailbox, CancellationToken.None) is null)
        {
            await syncs.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(60));
        }
        Assert.NotNull(await status.GetLastSuccessAsync(SandboxBookingsData.Mailbox, CancellationToken.None));
    }
}
