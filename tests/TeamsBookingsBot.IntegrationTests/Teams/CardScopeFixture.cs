using System.Data.Common;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.UninvoicedList;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// The real app (its SQLite store, the real invoicing use case, the sandbox Business Central on Kestrel) with a list,
/// its preview and a confirmed run made in chat A, once for all of <see cref="CardScopeTests"/>: none of them changes
/// anything, so they can share it. Buttons are pressed as Teams sends them, as Action.Execute or Action.Submit.
/// </summary>
public sealed class CardScopeFixture : IAsyncLifetime, IDisposable
{
    public const string TenantA = "11111111-1111-4111-8111-111111111111";
    public const string TenantB = "22222222-2222-4222-8222-222222222222";
    public const string ChatA = "a:chat-of-alex";

    private readonly ChatBotFactory app = new();
    private Dictionary<string, JsonObject> made = [];
    private HttpClient client = null!;
    private ChatClient chat = null!;

    public Task<JsonObject> PressForCardAsync(JsonObject data, string conversation, string tenant, bool execute) =>
        chat.PressForCardAsync(data, conversation, tenant, execute);

    public Task<(string? Text, JsonObject? Card)> PressAsync(JsonObject data, string conversation, string tenant, bool execute) =>
        chat.PressAsync(data, conversation, tenant, execute);


    internal FakeConnector Connector { get; private set; } = null!;

    public BusinessCentralSandbox BusinessCentral => app.Services.GetRequiredService<BusinessCentralSandbox>();

    /// <summary>The data of a button of chat A's cards, by verb ("update-preview" is the preview's own button).</summary>
    public JsonObject MadeInChatA(string verb) => made[verb].DeepClone().AsObject();

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        app.UseKestrel(0);
        app.StartServer();
        client = app.CreateClient();
        chat = new ChatClient(client, Connector, Now);
        BusinessCentral.SeedDefault();
        app.Sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        app.Store.Add(
            Booking("appt-1", "Robert Townes", "Robert.Townes@contoso.com", "Haircut", 45m),
            Booking("appt-2", "Helen Ray", "helen.ray@contoso.com", "Haircut", 45m, minutesAfter: 60));

        await chat.PostAsync(chat.Activity("message", ChatA, TenantA, a => a["text"] = "show uninvoiced bookings yesterday"));
        JsonObject list = Connector.Requests[^1].Json["attachments"]![0]!["content"]!.AsObject();
        JsonObject preview = await PressForCardAsync(Button(list, CardVerbs.InvoicePreview), ChatA, TenantA, execute: true);
        JsonObject result = await PressForCardAsync(Button(preview, CardVerbs.InvoiceCreate), ChatA, TenantA, execute: true);
        Assert.Contains("Created 2 draft invoices", CardJson.Text(result), StringComparison.Ordinal);
        made = new Dictionary<string, JsonObject>
        {
            [CardVerbs.InvoicePreview] = Button(list, CardVerbs.InvoicePreview),
            [CardVerbs.MarkInvoiced] = Button(list, CardVerbs.MarkInvoiced),
            [CardVerbs.Exclude] = Button(list, CardVerbs.Exclude),
            [CardVerbs.InvoiceAll] = Button(list, CardVerbs.InvoiceAll),
            [CardVerbs.ShowPage] = Button(list, CardVerbs.ShowPage),
            // "Update preview" (shown when a price must be typed) carries the preview's run and bookings, as Confirm does.
            ["update-preview"] = new JsonObject
            {
                ["verb"] = CardVerbs.InvoicePreview,
                ["v"] = CardActionData.CurrentVersion,
                ["appointmentIds"] = Button(preview, CardVerbs.InvoiceCreate)["appointmentIds"]!.DeepClone(),
                ["runId"] = Button(preview, CardVerbs.InvoiceCreate)["runId"]!.DeepClone(),
            },
            [CardVerbs.InvoiceCreate] = Button(preview, CardVerbs.InvoiceCreate),
            [CardVerbs.InvoiceUndo] = Button(result, CardVerbs.InvoiceUndo),
        };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await Connector.DisposeAsync();
    }

    // xunit disposes the fake Connector asynchronously above, and the app here.
    public void Dispose() => app.Dispose();

    /// <summary>What the invoicing store holds: runs, ledger, audit, lists, links. Receipts and references are the door's.</summary>
    public Task<string> DumpStoreAsync() => StoreDump.OfAsync(app.Services,
        "invoice_runs", "invoice_ledger", "audit_log", "list_snapshots", "customer_links", "service_item_mappings");

    private static JsonObject Button(JsonObject card, string verb) =>
        CardJson.Data(CardJson.FindExecute(card, verb) ?? throw new Xunit.Sdk.XunitException($"No {verb} button on: {CardJson.Text(card)}"));
}
