using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Teams.Handlers;
using static TeamsBookingsBot.Testing.Fakes.ListingTestData;

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

    private static string Text(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join('\n', obj.Select(p => p.Key == "text" && p.Value is JsonValue v ? (string?)v : Text(p.Value))),
        JsonArray array => string.Join('\n', array.Select(Text)),
        _ => "",
    };

    private static JsonObject CardOf(JsonObject activity) => activity["attachments"]![0]!["content"]!.AsObject();

    private JsonObject Message(string text) => Activity("message", "msg-1", activity => activity["text"] = text);

    private JsonObject Invoke(JsonObject data) => Activity("invoke", "inv-1", activity =>
    {
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "welcome-card";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data },
        };
    });

    private JsonObject Activity(string type, string id, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.BaseUrl + "/",
            ["timestamp"] = Now.ToString("O"),
            ["localTimezone"] = "America/Los_Angeles",
            ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Alex Wilber", ["aadObjectId"] = "00000000-0000-0000-0000-000000000020" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bookings Bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }
}
