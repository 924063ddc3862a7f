using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.BookingSync;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Connector;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.Support;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// What every activity costs the database, counted on the real app (Kestrel, SQLite, the sandbox synced once): SQLite's
/// commit hook counts write transactions, its busy handler the times a writer found the database locked.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ActivityFixedCostTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteWriteMeter meter = new();
    private readonly SyncJobsFinished syncs = new();
    private FakeConnector connector = null!;
    private BotApplicationFactory app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = new BotApplicationFactory
        {
            TestServices = services =>
            {
                meter.Decorate(services);
                services.AddSingleton<IJobListener>(syncs);
            },
        };
        app.UseKestrel(0);
        app.StartServer();
        // The sandbox's first sync writes the bookings; the counts below are about activities alone.
        await syncs.Finished.WaitForAsync(_ => true, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Message_HelpInAKnownConversation_CommitsOneSqliteWrite()
    {
        await PostAsync(Install("a:known", "inst-known"));
        await PostAsync(Help("a:known", "m-known-1"));
        long before = meter.Commits;

        await PostAsync(Help("a:known", "m-known-2"));

        // The receipt, stored with its answer; the conversation's service URL is unchanged, so no touch.
        Assert.Equal(1, meter.Commits - before);
        Assert.Equal(3, connector.Requests.Count); // welcome card and two help cards
    }

    [Fact]
    public async Task Message_RepeatedInAKnownConversation_LeavesTheConversationReferenceAsInstalled()
    {
        await PostAsync(Install("a:repeat", "inst-repeat"));
        var references = app.Services.GetRequiredService<IConversationReferenceStore>();
        ConversationReference installed = (await references.GetAsync("", "a:repeat", default))!;

        await PostAsync(Help("a:repeat", "m-repeat-1"));
        await PostAsync(Help("a:repeat", "m-repeat-2"));

        Assert.Equal(installed, await references.GetAsync("", "a:repeat", default));
    }

    [Fact]
    public async Task Invoke_HelpButtonRedelivered_SameAnswerFromACompactStoredResponse()
    {
        await PostAsync(Install("a:invoke", "inst-invoke"));
        JsonObject press = HelpButton("a:invoke", "inv-compact");
        long before = meter.Commits;

        string first = await PostAsync(press);
        string redelivered = await PostAsync(press);

        Assert.Equal(first, redelivered);
        Assert.Equal(2, meter.Commits - before); // the receipt, then its response; the redelivery writes nothing
        Assert.Equal(2, connector.Requests.Count); // welcome card and one help card
        // The help button's answer is a one-line message: compressing it would only make it longer, so it is kept as sent.
        Assert.Equal((0, Encoding.UTF8.GetByteCount(first)), await StoredResponseBytesAsync("a:invoke", "inv-compact"));
    }

    [Fact]
    public async Task ManyConversationsAtOnce_MessagesAndInvokes_NoSqliteWriterFindsTheDatabaseLocked()
    {
        const int conversations = 25;
        const int messagesEach = 4;
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => PostAsync(Install($"a:busy-{c}", $"inst-busy-{c}"))));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task[] chats = [.. Enumerable.Range(0, conversations).Select(async c =>
        {
            await go.Task;
            for (int m = 0; m < messagesEach; m++)
            {
                await PostAsync(m % 2 == 0 ? Help($"a:busy-{c}", $"m-busy-{c}-{m}") : HelpButton($"a:busy-{c}", $"inv-busy-{c}-{m}"));
            }
        })];
        go.SetResult();
        await Task.WhenAll(chats);

        Assert.Equal(conversations * (messagesEach + 1), connector.Requests.Count);
        Assert.Empty(meter.LockWaits.Items);
    }

    private JsonObject Install(string conversationId, string id) => InConversation(
        TeamsActivities.Load("playground/inbound.installationupdate.add.personal.json", connector.BaseUrl, id), conversationId);

    private JsonObject HelpButton(string conversationId, string id)
    {
        JsonObject invoke = TeamsActivities.Load("playground/inbound.invoke.adaptivecard-action.json", connector.BaseUrl, id);
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.Help, ["data"] = new HelpActionData().ToJsonObject() },
        };
        return InConversation(invoke, conversationId);
    }

    private async Task<(long Compressed, long Text)> StoredResponseBytesAsync(string conversationId, string activityId)
    {
        await using DbConnection connection = await app.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(default);
        await using DbCommand read = connection.Sql("""
            SELECT COALESCE(length(response_brotli), 0), COALESCE(length(CAST(response_body AS BLOB)), 0) FROM activity_receipts
            WHERE conversation_id = @conversation AND activity_id = @activity
            """).With("conversation", conversationId).With("activity", activityId);
        await using DbDataReader reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private JsonObject Help(string conversationId, string id) =>
        InConversation(TeamsActivities.Message(connector.BaseUrl, "help", id), conversationId);

    private static JsonObject InConversation(JsonObject activity, string conversationId) =>
        TeamsActivities.With(activity, a => a["conversation"]!["id"] = conversationId);

    private async Task<string> PostAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await app.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
