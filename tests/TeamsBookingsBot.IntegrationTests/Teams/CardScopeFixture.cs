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
    private const string CardMessageId = "card-message-1";

    private readonly ChatBotFactory app = new();
    private Dictionary<string, JsonObject> made = [];
    private HttpClient client = null!;
    private int activities;

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
        BusinessCentral.SeedDefault();
        app.Sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        app.Store.Add(
            Booking("appt-1", "Robert Townes", "Robert.Townes@contoso.com", "Haircut", 45m),
            Booking("appt-2", "Helen Ray", "helen.ray@contoso.com", "Haircut", 45m, minutesAfter: 60));

        await PostAsync(Activity("message", ChatA, TenantA, a => a["text"] = "show uninvoiced bookings yesterday"));
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

    public async Task<JsonObject> PressForCardAsync(JsonObject data, string conversation, string tenant, bool execute)
    {
        (string? text, JsonObject? card) = await PressAsync(data, conversation, tenant, execute);
        Assert.True(card is not null, "Expected a card, got: " + text);
        return card;
    }

    /// <returns>The answer as a person sees it: a card (in the invoke response, or put on the pressed message) or a text.</returns>
    public async Task<(string? Text, JsonObject? Card)> PressAsync(JsonObject data, string conversation, string tenant, bool execute)
    {
        string verb = (string)data["verb"]!;
        if (execute)
        {
            HttpResponseMessage response = await PostAsync(Activity("invoke", conversation, tenant, a =>
            {
                a["name"] = "adaptiveCard/action";
                a["replyToId"] = CardMessageId;
                a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
            }));
            JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return (string?)body["type"] == "application/vnd.microsoft.card.adaptive"
                ? (null, body["value"]!.AsObject())
                : ((string?)body["value"], null);
        }
        int before = Connector.Requests.Count;
        await PostAsync(Activity("message", conversation, tenant, a =>
        {
            a["replyToId"] = CardMessageId;
            a["value"] = data.DeepClone();
        }));
        RecordedConnectorRequest answer = Assert.Single(Connector.Requests.Skip(before));
        return answer.Json["attachments"] is JsonArray attachments
            ? (null, attachments[0]!["content"]!.AsObject())
            : ((string?)answer.Json["text"], null);
    }

    /// <summary>What the invoicing store holds: runs, ledger, audit, lists, links. Receipts and references are the door's.</summary>
    public async Task<string> DumpStoreAsync()
    {
        var db = app.Services.GetRequiredService<IDbConnectionFactory>();
        await using DbConnection connection = await db.OpenAsync(CancellationToken.None);
        var dump = new StringBuilder();
        foreach (string table in new[] { "invoice_runs", "invoice_ledger", "audit_log", "list_snapshots", "customer_links", "service_item_mappings" })
        {
            await using DbCommand command = connection.Sql($"SELECT * FROM {table}");
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            List<string> rows = [];
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
            }
            rows.Sort(StringComparer.Ordinal);
            dump.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }
        return dump.ToString();
    }

    private static JsonObject Button(JsonObject card, string verb) =>
        CardJson.Data(CardJson.FindExecute(card, verb) ?? throw new Xunit.Sdk.XunitException($"No {verb} button on: {CardJson.Text(card)}"));

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => client.PostAsJsonAsync("/api/messages", activity);

    private JsonObject Activity(string type, string conversation, string tenant, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Interlocked.Increment(ref activities)}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = Connector.BaseUrl + "/",
            ["timestamp"] = Now.ToString("O"),
            ["localTimezone"] = "America/Los_Angeles",
            ["from"] = new JsonObject { ["id"] = "29:someone", ["name"] = "Someone", ["aadObjectId"] = "aad-" + conversation },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bookings Bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }
}
