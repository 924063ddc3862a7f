using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Domain;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;
using static TeamsBookingsBot.UninvoicedList.ListChatActivities;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// Two businesses in one tenant, through the real endpoint: a chat linked to none is asked which business a list is
/// about; "This chat is about …" links it, and its lists are that business's from then on. A picked business of
/// another tenant (forged card data) is refused.
/// </summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class BusinessPickerEndpointTests : IAsyncLifetime, IDisposable
{
    private const string ConversationId = "a:1picker-conversation";
    private const string Tenant = "tenant-1";
    private static readonly BookingsBusiness Spa = new("spa@fabrikam.com", "Fabrikam Spa", "America/Los_Angeles", "USD");
    private static readonly BookingsBusiness Elsewhere = new("gym@northwind.com", "Northwind Gym", "America/Los_Angeles", "USD");
    private ChatBotFactory app = null!;
    private FakeConnector connector = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = new ChatBotFactory(Contoso, Spa, Elsewhere);
        app.Catalog.Assign(Contoso.Id, Tenant);
        app.Catalog.Assign(Spa.Id, Tenant);
        app.Catalog.Assign(Elsewhere.Id, "tenant-2");
        connector = await FakeConnector.StartAsync();
        app.Sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        app.Sync.Ran(InMemoryBookingSync.Succeeded(Spa.Id, LastSync));
        app.Store.Add(Booking("salon-1", "Bob Salon"), Booking("spa-1", "Sue Spa", businessId: Spa.Id), Booking("spa-2", "Sam Spa", businessId: Spa.Id));
        client = app.CreateClient();
        IBusinessSettingsStore settings = app.Services.GetRequiredService<IBusinessSettingsStore>();
        foreach (BookingsBusiness business in new[] { Contoso, Spa })
        {
            await settings.SaveAsync(new BusinessSettings { TenantId = Tenant, BusinessId = business.Id, UpdatedBy = "admin" }, default);
        }
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task List_UnlinkedChatWithTwoBusinesses_AsksWhichNamingOnlyTheTenantsBusinesses()
    {
        await PostAsync(Message("show uninvoiced bookings yesterday"));

        string text = Text(CardOf(Assert.Single(connector.Requests).Json));
        Assert.Contains("Which business?", text, StringComparison.Ordinal);
        string[] titles = Titles(CardOf(connector.Requests[0].Json));
        Assert.Equal(["Contoso Salon", "This chat is about Contoso Salon", "Fabrikam Spa", "This chat is about Fabrikam Spa"], titles);
    }

    [Fact]
    public async Task Pick_Once_ListsThatBusiness_AndTheNextListAsksAgain()
    {
        await PostAsync(Message("show uninvoiced bookings yesterday"));

        JsonObject list = await PressAsync(ActionData(CardOf(connector.Requests[0].Json), "Fabrikam Spa"));
        await PostAsync(Message("show uninvoiced bookings yesterday"));

        Assert.Contains("Sue Spa", Text(list), StringComparison.Ordinal);
        Assert.DoesNotContain("Bob Salon", Text(list), StringComparison.Ordinal);
        Assert.Contains("Which business?", Text(CardOf(connector.Requests[^1].Json)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_ThisChatIsAbout_ListsThatBusinessAndLaterListsGoStraightToIt()
    {
        await PostAsync(Message("invoice yesterday's bookings"));

        JsonObject list = await PressAsync(ActionData(CardOf(connector.Requests[0].Json), "This chat is about Fabrikam Spa"));
        await PostAsync(Message("show uninvoiced bookings yesterday"));

        Assert.Contains("Sam Spa", Text(list), StringComparison.Ordinal);
        string later = Text(CardOf(connector.Requests[^1].Json));
        Assert.DoesNotContain("Which business?", later, StringComparison.Ordinal);
        Assert.Contains("Sue Spa", later, StringComparison.Ordinal);
        Assert.Equal(Spa.Id, await app.Services.GetRequiredService<IConversationBusinessLinks>().FindAsync(Tenant, ConversationId, default));
    }

    [Fact]
    public async Task LinkedToTheSecondBusiness_MarkActsOnItsBookings_AndPreviewNamesIt()
    {
        await PostAsync(Message("show uninvoiced bookings yesterday"));
        JsonObject list = await PressAsync(ActionData(CardOf(connector.Requests[0].Json), "This chat is about Fabrikam Spa"));

        JsonObject marked = await PressAsync(Find(list, "Mark as invoiced"), new JsonObject { ["select:spa-1"] = "true", ["select:spa-2"] = "false" });

        // With two businesses a preview must know whose bookings these are: its button carries the list (this host has no
        // Business Central to preview against; InvoicingChatEndpointTests preview through one).
        Assert.Equal(Spa.Id, (string?)Find(list, "Preview invoices")["query"]?["businessId"]);
        Assert.Contains("for Fabrikam Spa", Text(marked), StringComparison.Ordinal);
        IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> ledger = await app.Services.GetRequiredService<IInvoiceLedger>()
            .GetStateAsync(Spa.Id, ["spa-1", "spa-2"], default);
        Assert.Equal(["spa-1"], ledger.Keys.Select(k => k.AppointmentId).Distinct());
    }

    [Fact]
    public async Task Pick_AnotherTenantsBusinessInForgedData_IsRefusedAndLinksNothing()
    {
        await PostAsync(Message("show uninvoiced bookings yesterday"));
        JsonObject forged = ActionData(CardOf(connector.Requests[0].Json), "This chat is about Fabrikam Spa");
        forged["query"]!["businessId"] = Elsewhere.Id;

        JsonObject answer = await PressAsync(forged);

        Assert.Contains("another chat", Text(answer), StringComparison.OrdinalIgnoreCase);
        Assert.Null(await app.Services.GetRequiredService<IConversationBusinessLinks>().FindAsync(Tenant, ConversationId, default));
    }

    private async Task<JsonObject> PressAsync(JsonObject data, JsonObject? inputs = null)
    {
        foreach ((string key, JsonNode? value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }
        HttpResponseMessage response = await PostAsync(Activities.Invoke("inv-" + Guid.NewGuid().ToString("N"), data, replyToId: "card-activity-1"));
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["value"]!.AsObject();
    }

    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray()).Select(a => a!.AsObject());

    /// <summary>The data of the button titled <paramref name="title"/> anywhere on the card.</summary>
    private static JsonObject Find(JsonNode? node, string title) => FindOrNull(node, title) ?? throw new InvalidOperationException("No button " + title);

    private static JsonObject? FindOrNull(JsonNode? node, string title) => node switch
    {
        JsonObject o when (string?)o["title"] == title && o["data"] is JsonObject data => data.DeepClone().AsObject(),
        JsonObject o => o.Select(p => FindOrNull(p.Value, title)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(n => FindOrNull(n, title)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private static string[] Titles(JsonObject card) => [.. Actions(card).Select(a => (string)a["title"]!)];

    private static JsonObject ActionData(JsonObject card, string title) =>
        Actions(card).Single(a => (string?)a["title"] == title)["data"]!.DeepClone().AsObject();

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => client.PostAsJsonAsync("/api/messages", activity);

    private JsonObject Message(string text) =>
        Activities.Activity("message", "msg-" + (connector.Requests.Count + 1), activity => activity["text"] = text);

    private ListChatActivities Activities => new(connector.BaseUrl + "/", ConversationId, Now);
}
