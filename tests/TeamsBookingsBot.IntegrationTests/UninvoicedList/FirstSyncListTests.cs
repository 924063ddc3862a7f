using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Teams.Handlers;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;
using static TeamsBookingsBot.UninvoicedList.ListChatActivities;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// Issue 8, point 16: right after install the first sync is still running. The answer waits for it, and when it
/// needs longer, the "fetching" card the bot sent becomes the list in the same message; never "try again in a minute".
/// Synchronised on the fake sync's waiters and the fake Connector's requests; time moves only on the fake clock.
/// </summary>
[Collection(Teams.AppHostCollection.Name)]
public sealed class FirstSyncListTests : IAsyncLifetime, IDisposable
{
    private const string ConversationId = "a:1first-sync-conversation";
    private ChatBotFactory app = null!;
    private FakeConnector connector = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = new ChatBotFactory();
        connector = await FakeConnector.StartAsync();
        app.Store.Add([.. Enumerable.Range(0, 3).Select(i => Booking($"appt-{i}", minutesAfter: 60 * i))]);
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Message_FirstSyncEndsWhileTheAnswerWaits_AnswersWithTheList()
    {
        Task<HttpResponseMessage> answer = client.PostAsJsonAsync("/api/messages", Message("show uninvoiced bookings yesterday"));
        await app.Sync.WaiterAddedAsync();

        app.Sync.Finish(InMemoryBookingSync.Succeeded(Contoso.Id, Now));
        (await answer).EnsureSuccessStatusCode();

        RecordedConnectorRequest reply = await connector.WaitForRequestAsync(r => r.Method == "POST");
        string text = Text(CardOf(reply.Json));
        Assert.Contains("Yesterday, Mon 23 Nov", text, StringComparison.Ordinal);
        Assert.Contains("3 bookings", text, StringComparison.Ordinal);
        Assert.DoesNotContain("in a minute", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([Contoso.Id], app.Sync.Requested);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Message_FirstSyncOutlastsTheWait_TheFetchingCardTurnsIntoTheList()
    {
        Task<HttpResponseMessage> answer = client.PostAsJsonAsync("/api/messages", Message("show uninvoiced bookings yesterday"));
        await app.Sync.WaiterAddedAsync();

        app.Time.Advance(UninvoicedListResponder.TurnWait);
        (await answer).EnsureSuccessStatusCode();
        RecordedConnectorRequest fetching = await connector.WaitForRequestAsync(r => r.Method == "POST");
        await app.Sync.WaiterAddedAsync(); // the "fetching" card now waits for the sync in the background
        app.Sync.Finish(InMemoryBookingSync.Succeeded(Contoso.Id, Now));
        RecordedConnectorRequest replaced = await connector.WaitForRequestAsync(r => r.Method == "PUT");

        string first = Text(CardOf(fetching.Json));
        Assert.Contains("I'm fetching your bookings for the first time", first, StringComparison.Ordinal);
        Assert.Contains("This message turns into the list as soon as they are in", first, StringComparison.Ordinal);
        Assert.DoesNotContain("try again", first, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("/activities/default-id", replaced.RawTarget, StringComparison.Ordinal);
        Assert.Contains("Yesterday, Mon 23 Nov", Text(CardOf(replaced.Json)), StringComparison.Ordinal);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task Message_FirstSyncFailsWhileTheAnswerWaits_SaysWhatFailedAndWhatToDo()
    {
        Task<HttpResponseMessage> answer = client.PostAsJsonAsync("/api/messages", Message("show uninvoiced bookings yesterday"));
        await app.Sync.WaiterAddedAsync();

        app.Sync.Finish(InMemoryBookingSync.Failed(Contoso.Id, Now, "Microsoft Graph refused access to salon@contoso.com."));
        (await answer).EnsureSuccessStatusCode();

        string text = Text(CardOf((await connector.WaitForRequestAsync(r => r.Method == "POST")).Json));
        Assert.Contains("I couldn't fetch your bookings from Microsoft Bookings", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft Graph refused access to salon@contoso.com.", text, StringComparison.Ordinal);
        Assert.Contains("sync now", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeButton_FirstSyncEndsWhileTheAnswerWaits_PostsTheList()
    {
        JsonObject data = new ShowUninvoicedActionData(BookingRange.Yesterday).ToJsonObject();
        Task<HttpResponseMessage> answer = client.PostAsJsonAsync("/api/messages", Invoke(data));
        await app.Sync.WaiterAddedAsync();

        app.Sync.Finish(InMemoryBookingSync.Succeeded(Contoso.Id, Now));
        (await answer).EnsureSuccessStatusCode();

        RecordedConnectorRequest reply = await connector.WaitForRequestAsync(r => r.Method == "POST");
        Assert.Contains("3 bookings", Text(CardOf(reply.Json)), StringComparison.Ordinal);
    }

    private ListChatActivities Activities => new(connector.BaseUrl + "/", ConversationId, Now);

    private JsonObject Message(string text) => Activities.Activity("message", "msg-1", activity => activity["text"] = text);

    private JsonObject Invoke(JsonObject data) => Activities.Invoke("inv-1", data, replyToId: "welcome-card");
}
