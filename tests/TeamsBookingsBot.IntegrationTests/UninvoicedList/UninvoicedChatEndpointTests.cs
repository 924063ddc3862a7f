using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Connector;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;
using static TeamsBookingsBot.UninvoicedList.ListChatActivities;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>Typed commands and card buttons through the real /api/messages endpoint; replies land in a fake Connector.</summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class UninvoicedChatEndpointTests : IAsyncLifetime, IDisposable
{
    private const string ConversationId = "a:1listcard-conversation";
    private ChatBotFactory app = null!;
    private FakeConnector connector = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = new ChatBotFactory();
        connector = await FakeConnector.StartAsync();
        app.Sync.Ran(InMemoryBookingSync.Succeeded(Contoso.Id, LastSync));
        app.Store.Add([.. Enumerable.Range(0, 30).Select(i => Booking($"appt-{i:D2}", $"Customer {i % 4}", minutesAfter: i))]);
        app.Store.Add(Booking("day-before", minutesAfter: -24 * 60));
        // Requests run in the test's async flow, so a test's CardRenderCount sees the cards they render.
        app.Server.PreserveExecutionContext = true;
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    // xunit calls DisposeAsync for the app and the fake Connector; the client is the only synchronous one.
    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Message_ShowUninvoicedYesterday_PostsOneListCardWithYesterdaysBookings()
    {
        HttpResponseMessage response = await PostAsync(Message("show uninvoiced bookings yesterday"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        RecordedConnectorRequest reply = Assert.Single(connector.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/msg-1", reply.RawTarget);
        JsonObject card = CardOf(reply.Json);
        string[] ids = Toggles(card);
        Assert.Equal(25, ids.Length);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"appt-{i:D2}"), ids.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("day-before", ids);
        Assert.Contains("Yesterday, Mon 23 Nov", Text(card), StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2 · 30 bookings", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_WithoutTheUsersZone_ReadsYesterdayInTheBusinessZone()
    {
        JsonObject message = Message("show uninvoiced bookings yesterday");
        message.Remove("localTimezone");

        await PostAsync(message);

        // In UTC "yesterday" would be 23 Nov 00:00Z-24 Nov 00:00Z, shown in Pacific as "22 Nov - 23 Nov".
        Assert.Contains("Yesterday, Mon 23 Nov", Text(CardOf(Assert.Single(connector.Requests).Json)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_UserInUtc_YesterdayIsTheSalonsDayNotATwoDayRange()
    {
        JsonObject message = Message("show uninvoiced bookings yesterday");
        message["localTimezone"] = "Etc/UTC";

        await PostAsync(message);

        // Read in UTC, "yesterday" was 23 Nov 00:00Z-24 Nov 00:00Z: "Yesterday, 22 Nov – 23 Nov" in Pacific, missing the afternoon.
        JsonObject card = CardOf(Assert.Single(connector.Requests).Json);
        Assert.Contains("Yesterday, Mon 23 Nov", Text(card), StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2 · 30 bookings", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_InvoiceYesterdaysBookings_PostsTheReadyToInvoiceList()
    {
        await PostAsync(Message("invoice yesterday's bookings"));

        JsonObject card = CardOf(Assert.Single(connector.Requests).Json);
        Assert.Equal("Ready to invoice", (string?)card["body"]![0]!["text"]);
        // The invoice buttons stand apart, in their own section before the bookings (issue 8, point 15).
        JsonObject section = card["body"]!.AsArray().Select(e => e!.AsObject())
            .First(e => (string?)e["type"] == "Container" && e["items"]!.AsArray().Any(i => (string?)i!["type"] == "ActionSet"));
        JsonObject firstToggle = card["body"]!.AsArray().First(e => (string?)e!["type"] == "Input.Toggle")!.AsObject();
        Assert.True(card["body"]!.AsArray().IndexOf(section) < card["body"]!.AsArray().IndexOf(firstToggle));
        JsonArray invoiceActions = section["items"]!.AsArray().Single(i => (string?)i!["type"] == "ActionSet")!["actions"]!.AsArray();
        Assert.Equal(CardVerbs.InvoicePreview, (string?)invoiceActions[0]!["verb"]);
        Assert.Equal("Invoice all 30…", (string?)invoiceActions[1]!["title"]);
    }

    [Fact]
    public async Task Message_SyncNow_RequestsTheSyncAndAnswersAtOnce()
    {
        await PostAsync(Message("sync now"));

        Assert.Equal([Contoso.Id], app.Sync.Requested);
        Assert.StartsWith("Syncing Bookings now…", (string?)Assert.Single(connector.Requests).Json["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SyncStatus_PostsTheStatusCard()
    {
        await PostAsync(Message("sync status"));

        string card = Text(CardOf(Assert.Single(connector.Requests).Json));
        Assert.Contains("Last sync 08:15 (Pacific Time)", card, StringComparison.Ordinal);
        Assert.Contains("Contoso Salon", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_NextPage_AnswersWithTheReplacementCard()
    {
        JsonObject next = NextPageData(await FirstCardAsync());

        HttpResponseMessage response = await PostAsync(Invoke(next));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        JsonObject card = body["value"]!.AsObject();
        Assert.Equal(5, Toggles(card).Length);
        Assert.Contains("Page 2 of 2 · 30 bookings", Text(card), StringComparison.Ordinal);
        Assert.Single(connector.Requests); // only the first card was posted; the page came back in the invoke response
    }

    [Fact]
    public async Task SubmitFallback_NextPage_UpdatesThePressedCardInPlace()
    {
        JsonObject next = NextPageData(await FirstCardAsync());
        next["verb"] = CardVerbs.ShowPage;

        await PostAsync(Message(null, value: next, replyToId: "card-activity-7"));

        RecordedConnectorRequest update = connector.Requests[^1];
        Assert.Equal("PUT", update.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/card-activity-7", update.RawTarget);
        Assert.Equal(5, Toggles(CardOf(update.Json)).Length);
    }

    [Fact]
    public async Task Message_ShowUninvoiced_RunsTheListQueryOnceAndRendersTheCardOnce()
    {
        CardRenderCount.Counter renders = CardRenderCount.Start();

        await PostAsync(Message("show uninvoiced bookings yesterday"));

        Assert.Single(connector.Requests);
        Assert.Equal((1, 1), (app.List.PageCalls, renders.Count));
    }

    [Fact]
    public async Task Invoke_NextPage_RunsTheListQueryOnceAndRendersTheCardOnce()
    {
        JsonObject next = NextPageData(await FirstCardAsync());
        CardRenderCount.Counter renders = CardRenderCount.Start();

        await PostAsync(Invoke(next));

        Assert.Equal((2, 1), (app.List.PageCalls, renders.Count));
    }

    [Fact]
    public async Task Invoke_ShowYesterdayButton_PostsTheListForTheUsersYesterday()
    {
        JsonObject data = new ShowUninvoicedActionData(BookingRange.Yesterday).ToJsonObject();

        HttpResponseMessage response = await PostAsync(Invoke(data, localTimezone: "America/Los_Angeles"));

        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal(25, Toggles(CardOf(Assert.Single(connector.Requests).Json)).Length);
    }

    [Fact]
    public async Task Invoke_SyncNowButton_RequestsTheSyncAndAnswersWithAMessage()
    {
        HttpResponseMessage response = await PostAsync(Invoke(new SyncNowActionData().ToJsonObject()));

        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith("Syncing Bookings now…", (string?)body["value"], StringComparison.Ordinal);
        Assert.Equal([Contoso.Id], app.Sync.Requested);
    }

    private async Task<JsonObject> FirstCardAsync()
    {
        await PostAsync(Message("show uninvoiced bookings yesterday"));
        return CardOf(connector.Requests[^1].Json);
    }

    private static JsonObject NextPageData(JsonObject card)
    {
        JsonObject next = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "ActionSet")!["actions"]!.AsArray()
            .Single(a => (string?)a!["title"] == "Next ▶")!.AsObject();
        return next["data"]!.AsObject().DeepClone().AsObject();
    }

    private static string[] Toggles(JsonObject card) =>
        [.. card["body"]!.AsArray().Where(e => (string?)e!["type"] == "Input.Toggle").Select(e => ((string?)e!["id"])!["select:".Length..])];

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => client.PostAsJsonAsync("/api/messages", activity);

    private JsonObject Message(string? text, JsonObject? value = null, string? replyToId = null) => Activity("message", "msg-" + (connector.Requests.Count + 1), activity =>
    {
        if (text is not null)
        {
            activity["text"] = text;
        }
        if (value is not null)
        {
            activity["value"] = value;
            activity["replyToId"] = replyToId;
        }
    });

    private JsonObject Invoke(JsonObject data, string localTimezone = "America/Los_Angeles") =>
        Activities.Invoke("inv-" + Guid.NewGuid().ToString("N"), data, replyToId: "card-activity-7", localTimezone);

    private JsonObject Activity(string type, string id, Action<JsonObject> fill) => Activities.Activity(type, id, fill);

    private ListChatActivities Activities => new(connector.BaseUrl + "/", ConversationId, Now);
}
