using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.InvoicingChat.Fakes;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.InvoicingChat;

/// <summary>
/// The whole app (Program) on Kestrel at 127.0.0.1 with the invoicing use case and its reference data faked, a temp
/// SQLite file, a fake Bot Connector that records what the bot posts and updates, and a fake clock at <see cref="Now"/>.
/// </summary>
internal sealed class InvoicingChatApp : IAsyncDisposable
{
    public const string ConversationId = "a:conv-1";
    public const string CardMessageId = "card-msg-1";

    /// <summary>Tue 24 Nov 2026, 09:00 in the salon (PST): "yesterday" is <see cref="InvoiceSamples.Query"/>'s Mon 23 Nov.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    private readonly WebApplicationFactory<Program> factory;
    private readonly string directory;
    private int activityCounter;

    private InvoicingChatApp(WebApplicationFactory<Program> factory, FakeConnector connector, WatchedFakeClock time, string directory)
    {
        this.factory = factory;
        Connector = connector;
        Time = time;
        this.directory = directory;
        Client = factory.CreateClient();
    }

    public FakeDraftInvoicing Invoicing { get; } = new();

    public FakeBookingStore Bookings { get; } = new();

    public FakeInvoicedBookingsLookup Ledger { get; } = new();

    public FakeAuditLog Audit { get; } = new();

    /// <summary>The app's clock (and Quartz's): it moves only when a test advances it.</summary>
    public WatchedFakeClock Time { get; }

    public FakeConnector Connector { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public static async Task<InvoicingChatApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        FakeConnector connector = await FakeConnector.StartAsync();
        string directory = Directory.CreateTempSubdirectory("invoicing-chat-").FullName;
        InvoicingChatApp? app = null;
        var time = new WatchedFakeClock(Now); // read while the host starts, before app exists
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Bot:AllowUnauthenticated", "true");
            web.UseSetting("Bot:AllowLoopbackServiceUrls", "true");
            web.UseSetting("ConnectionStrings:Bot", $"Data Source={Path.Combine(directory, "bot.db")}");
            web.UseSetting("Sandbox:Enabled", "true");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Scheduling:InstanceName", "test-" + Guid.NewGuid().ToString("N"));
            web.UseSetting("urls", "http://127.0.0.1:0"); // a free port, never the default 3978
            web.UseSetting("Invoicing:NoShowFee:ItemNumber", "NOSHOW");
            web.UseSetting("Invoicing:NoShowFee:Kind", "FixedAmount");
            web.UseSetting("Invoicing:NoShowFee:Value", "25");
            foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<IDraftInvoicing>(_ => app!.Invoicing);
                services.AddSingleton<IBookingStore>(_ => app!.Bookings);
                services.AddSingleton<IInvoicedBookingsLookup>(_ => app!.Ledger);
                services.AddSingleton<IUninvoicedBookingsList>(sp => new InMemoryUninvoicedBookingsList(
                    app!.Bookings, app.Ledger, sp.GetRequiredService<CompletionPolicy>(), sp.GetRequiredService<BillingRules>()));
                services.AddSingleton<IBookingsBusinessCatalog>(new FakeBusinessCatalog());
                services.AddSingleton<IAuditLog>(_ => app!.Audit);
                services.AddSingleton<TimeProvider>(time);
                // The test business exists only in the fakes, not in the Graph settings the real sync reads.
                // Synced once already: the lists these tests redraw never wait for a first sync on the frozen clock.
                InMemoryBookingSync sync = new InMemoryBookingSync().Ran(InMemoryBookingSync.Succeeded(InvoiceSamples.BusinessId, Now));
                services.AddSingleton<IBookingSyncStatusReader>(sync);
                services.AddSingleton<IBookingSyncTrigger>(sync);
                services.AddSingleton<IBookingSyncWatcher>(sync);
            });
        });
        factory.UseKestrel(0);
        factory.StartServer();
        app = new InvoicingChatApp(factory, connector, time, directory);
        app.Invoicing.Runs = factory.Services.GetRequiredService<IInvoiceRunStore>();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await Connector.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>
    /// A list card of <paramref name="appointmentIds"/> as the bot would have posted it in this conversation: the
    /// bookings are in the store and the list is stored, so buttons carrying its id pass the card guard.
    /// </summary>
    public async Task<(Guid ListId, BookingListQuery Query)> ListShownAsync(params string[] appointmentIds)
    {
        foreach (string id in appointmentIds.Where(id => !Bookings.Bookings.Any(b => b.AppointmentId == id)))
        {
            Bookings.Bookings.Add(InvoiceSamples.Booking(id));
        }
        var listId = Guid.NewGuid();
        await factory.Services.GetRequiredService<IListSnapshotStore>().SaveAsync(new ListSnapshot(
            listId, InvoiceSamples.BusinessId, new InvoicingActor("aad-alex", "Alex Wilber", ConversationId, "tenant-1"),
            DateTimeOffset.UnixEpoch), CancellationToken.None);
        return (listId, InvoiceSamples.Query with { ListId = listId });
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke for <paramref name="data"/> pressed on the card <see cref="CardMessageId"/>.</summary>
    public async Task<(JsonObject Response, TimeSpan Took)> InvokeAsync(
        CardActionData data, IReadOnlyDictionary<string, string>? inputs = null, string? activityId = null, ChatUser? from = null)
    {
        JsonObject merged = data.ToJsonObject();
        foreach ((string key, string value) in inputs ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }
        JsonObject activity = Activity("invoke", activityId, from: from);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = CardMessageId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data.Verb, ["data"] = merged },
            ["trigger"] = "manual",
        };
        long started = Stopwatch.GetTimestamp();
        using HttpResponseMessage response = await PostAsync(activity);
        TimeSpan took = Stopwatch.GetElapsedTime(started);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, took);
    }

    public async Task SendTextAsync(string text, string conversationType = "personal", ChatUser? from = null, JsonArray? entities = null)
    {
        JsonObject activity = Activity("message", null, conversationType, from);
        activity["text"] = text;
        if (entities is not null)
        {
            activity["entities"] = entities;
        }
        using HttpResponseMessage response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The first Connector request matching <paramref name="match"/>, as it arrives; <paramref name="timeout"/> only bounds a failure.</summary>
    public Task<RecordedConnectorRequest> WaitForConnectorAsync(Func<RecordedConnectorRequest, bool> match, TimeSpan timeout) =>
        Connector.WaitForRequestAsync(match, timeout);

    private JsonObject Activity(string type, string? activityId, string conversationType = "personal", ChatUser? from = null) => NewActivity(
        type, activityId ?? $"activity-{Interlocked.Increment(ref activityCounter)}", conversationType, from ?? ChatUser.Alex);

    private JsonObject NewActivity(string type, string activityId, string conversationType, ChatUser from) => new()
    {
        ["type"] = type,
        ["id"] = activityId,
        ["channelId"] = "msteams",
        ["serviceUrl"] = Connector.BaseUrl + "/",
        ["timestamp"] = "2026-11-24T06:30:00.000Z",
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bookings Bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = conversationType, ["tenantId"] = from.TenantId },
    };

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
}
