using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>One personal chat per index: installs the bot once, then posts "help" in a closed loop.</summary>
internal sealed class ActivityBenchmarkClient(HttpClient http, BenchmarkConnector connector, bool invoke)
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";
    private int failures;

    public int Failures => failures;

    public async Task InstallAsync(int conversation, CancellationToken ct)
    {
        JsonObject install = Activity(conversation, $"install-{conversation}", "installationUpdate");
        install["action"] = "add";
        Task<(long, JsonObject)> welcome = connector.ReplyTo($"install-{conversation}");
        await PostAsync(install, ct);
        await welcome.WaitAsync(TimeSpan.FromSeconds(60), ct);
    }

    /// <returns>The reply times of the activities started in [<paramref name="from"/>, <paramref name="until"/>).</returns>
    public async Task<List<TimeSpan>> LoopAsync(int conversation, Stopwatch clock, TimeSpan from, TimeSpan until, CancellationToken ct)
    {
        var measured = new List<TimeSpan>();
        for (int n = 0; clock.Elapsed < until && !ct.IsCancellationRequested; n++)
        {
            string id = $"c{conversation}-{n}";
            JsonObject activity = invoke ? HelpInvoke(conversation, id) : Message(conversation, id);
            Task<(long Arrived, JsonObject Activity)> reply = connector.ReplyTo(id);
            bool counts = clock.Elapsed >= from;
            long started = Stopwatch.GetTimestamp();
            try
            {
                await PostAsync(activity, ct);
                long arrived = (await reply.WaitAsync(TimeSpan.FromSeconds(30), ct)).Arrived;
                if (counts)
                {
                    measured.Add(Stopwatch.GetElapsedTime(started, arrived));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException)
            {
                Interlocked.Increment(ref failures);
            }
            finally
            {
                connector.Forget(id);
            }
        }
        return measured;
    }

    private async Task PostAsync(JsonObject activity, CancellationToken ct)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync("/api/messages", content, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}.");
        }
        await response.Content.ReadAsStringAsync(ct);
    }

    private JsonObject Message(int conversation, string id)
    {
        JsonObject message = Activity(conversation, id, "message");
        message["text"] = "help";
        message["textFormat"] = "plain";
        return message;
    }

    private JsonObject HelpInvoke(int conversation, string id)
    {
        JsonObject press = Activity(conversation, id, "invoke");
        press["name"] = "adaptiveCard/action";
        press["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.Help, ["data"] = new HelpActionData().ToJsonObject() },
            ["trigger"] = "manual",
        };
        return press;
    }

    private JsonObject Activity(int conversation, string id, string type) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = connector.BaseUrl,
        ["from"] = new JsonObject { ["id"] = $"user-{conversation}", ["name"] = "Alex Wilber", ["aadObjectId"] = $"00000000-0000-0000-0000-{conversation:D12}" },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Bench Bot" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = $"a:bench-conversation-{conversation}" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "en-US",
    };
}
