using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>
/// One personal chat in a closed loop: posts "show uninvoiced bookings" (its reply is the card the bot sends to the
/// Connector), then presses the card's "Next ▶" up to <c>pages</c> times (each reply is the invoke's answer, the next
/// page's card), and starts again. A reply's time runs from the POST to the moment the card arrived.
/// </summary>
internal sealed class ListBenchmarkConversation(HttpClient http, BenchmarkConnector connector, int index, int pages)
{
    private const string Tenant = "00000000-0000-0000-0000-000000000001";
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);
    private int sent;

    public List<TimeSpan> ListReplies { get; } = [];

    public List<TimeSpan> PageReplies { get; } = [];

    public int Failures { get; private set; }

    public async Task InstallAsync(CancellationToken ct)
    {
        JsonObject install = Activity("installationUpdate");
        install["action"] = "add";
        Task<(long, JsonObject)> welcome = connector.ReplyTo(install["id"]!.GetValue<string>());
        await PostAsync(install, ct);
        await welcome.WaitAsync(ReplyTimeout, ct);
    }

    /// <summary>Replies to activities started in [<paramref name="from"/>, <paramref name="until"/>) are kept.</summary>
    public async Task RunAsync(Stopwatch clock, TimeSpan from, TimeSpan until, CancellationToken ct)
    {
        while (clock.Elapsed < until && !ct.IsCancellationRequested)
        {
            try
            {
                (JsonObject card, string messageId) = await ListAsync(clock.Elapsed >= from, ct);
                for (int page = 0; page < pages && NextPage(card) is { } next && clock.Elapsed < until; page++)
                {
                    card = await PageAsync(next, messageId, clock.Elapsed >= from, ct);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                Failures++;
            }
        }
    }

    private async Task<(JsonObject Card, string MessageId)> ListAsync(bool counts, CancellationToken ct)
    {
        JsonObject message = Activity("message");
        message["text"] = "show uninvoiced bookings";
        message["textFormat"] = "plain";
        string id = message["id"]!.GetValue<string>();
        Task<(long Arrived, JsonObject Activity)> reply = connector.ReplyTo(id);
        long started = Stopwatch.GetTimestamp();
        try
        {
            await PostAsync(message, ct);
            (long arrived, JsonObject activity) = await reply.WaitAsync(ReplyTimeout, ct);
            Record(ListReplies, counts, started, arrived);
            JsonObject card = activity["attachments"]?[0]?["content"]?.AsObject()
                ?? throw new InvalidOperationException("The reply carried no card.");
            return (card, "card-" + id);
        }
        finally
        {
            connector.Forget(id);
        }
    }

    private async Task<JsonObject> PageAsync(JsonObject action, string messageId, bool counts, CancellationToken ct)
    {
        JsonObject press = Activity("invoke");
        press["name"] = "adaptiveCard/action";
        press["replyToId"] = messageId;
        press["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]?.DeepClone() },
            ["trigger"] = "manual",
        };
        long started = Stopwatch.GetTimestamp();
        JsonObject answer = await PostAsync(press, ct) ?? throw new InvalidOperationException("The invoke had no answer.");
        Record(PageReplies, counts, started, Stopwatch.GetTimestamp());
        return answer["value"] as JsonObject ?? throw new InvalidOperationException("The invoke answered without a card: " + answer.ToJsonString());
    }

    private static void Record(List<TimeSpan> replies, bool counts, long started, long arrived)
    {
        if (counts)
        {
            replies.Add(Stopwatch.GetElapsedTime(started, arrived));
        }
    }

    /// <summary>The card's "Next ▶" button (an Action.Execute of <see cref="CardVerbs.ShowPage"/>), or null on the last page.</summary>
    private static JsonObject? NextPage(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == CardVerbs.ShowPage
            && o["title"]?.GetValue<string>().StartsWith("Next", StringComparison.Ordinal) == true => o,
        JsonObject o => o.Select(p => NextPage(p.Value)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(NextPage).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private async Task<JsonObject?> PostAsync(JsonObject activity, CancellationToken ct)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync("/api/messages", content, ct);
        string body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}: {body}");
        }
        return body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject;
    }

    private JsonObject Activity(string type) => new()
    {
        ["type"] = type,
        ["id"] = $"c{index}-{sent++}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = connector.BaseUrl,
        ["from"] = new JsonObject { ["id"] = $"user-{index}", ["name"] = "Alex Wilber", ["aadObjectId"] = $"00000000-0000-0000-0000-{index:D12}" },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Bench Bot" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = $"a:bench-list-{index}" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "en-US",
    };
}
