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
    private const string CardMessageId = "card-message-1";

    private readonly string folder = Directory.CreateTempSubdirectory("tbb-tenants-").FullName;
    private BotApplicationFactory app = null!;
    private HttpClient client = null!;
    private Dictionary<string, JsonObject> made = [];
    private int activities;

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

    /// <summary>Types <paramref name="text"/> in a personal chat; returns what the bot posted in answer (text or card JSON).</summary>
    public async Task<string> SendAsync(string text, string conversation, string tenant)
    {
        int before = Connector.Requests.Count;
        await PostAsync(Activity("message", conversation, tenant, a => a["text"] = text));
        RecordedConnectorRequest answer = Assert.Single(Connector.Requests.Skip(before));
        return answer.Json["attachments"] is JsonArray attachments ? CardJson.Text(attachments[0]!["content"]!) : (string)answer.Json["text"]!;
    }

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

    /// <summary>Every table a card action, a list or an export could read from or write to, row by row.</summary>
    public async Task<string> DumpStoreAsync()
    {
        var db = app.Services.GetRequiredService<IDbConnectionFactory>();
        await using DbConnection connection = await db.OpenAsync(CancellationToken.None);
        var dump = new StringBuilder();
        foreach (string table in new[] { "invoice_runs", "invoice_ledger", "audit_log", "list_snapshots", "customer_links", "service_item_mappings",
            "conversation_references", "business_settings", "booking_sync_runs", "booking_list_state" })
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

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => client.PostAsJsonAsync("/api/messages", activity);

    private JsonObject Activity(string type, string conversation, string tenant, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Interlocked.Increment(ref activities)}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = Connector.BaseUrl + "/",
            ["timestamp"] = BotApplicationFactory.Now.ToString("O"),
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
