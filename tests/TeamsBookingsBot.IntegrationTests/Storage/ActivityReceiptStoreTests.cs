using System.Data.Common;
using System.Globalization;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

public abstract class ActivityReceiptStoreTests(StorageDatabase database)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly IActivityReceiptStore store = database.Get<IActivityReceiptStore>();

    [Fact]
    public async Task TryBegin_FirstTime_Started()
    {
        ReceiptBeginResult result = await store.TryBeginAsync(NewKey(), Now, default);

        Assert.IsType<ReceiptBeginResult.Started>(result);
    }

    [Fact]
    public async Task TryBegin_SameActivityOfAnotherTenant_IsItsOwnReceiptAndNeverReplaysTheFirstTenantsAnswer()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);
        await store.CompleteAsync(key, 200, """{"statusCode":200,"value":"tenant A's card"}""", default);

        ReceiptBeginResult other = await store.TryBeginAsync(key with { TenantId = Guid.NewGuid().ToString() }, Now.AddSeconds(1), default);

        Assert.IsType<ReceiptBeginResult.Started>(other);
    }

    [Fact]
    public async Task TryBegin_WhileFirstIsRunning_InProgressWithStartTime()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);

        ReceiptBeginResult result = await store.TryBeginAsync(key, Now.AddSeconds(16), default);

        Assert.Equal(new ReceiptBeginResult.InProgress(Now), result);
    }

    [Fact]
    public async Task TryBegin_AfterComplete_ReplaysStatusAndBody()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);
        await store.CompleteAsync(key, 200, """{"composeExtension":{"type":"result"}}""", default);

        ReceiptBeginResult result = await store.TryBeginAsync(key, Now.AddSeconds(16), default);

        Assert.Equal(new ReceiptBeginResult.Completed(200, """{"composeExtension":{"type":"result"}}"""), result);
    }

    [Fact]
    public async Task TryBegin_CompletedWithoutBody_ReplaysStatusOnly()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);
        await store.CompleteAsync(key, 202, null, default);

        Assert.Equal(new ReceiptBeginResult.Completed(202, null), await store.TryBeginAsync(key, Now, default));
    }

    [Fact]
    public async Task TryBegin_AfterAbandon_StartedAgain()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);
        await store.AbandonAsync(key, default);

        ReceiptBeginResult result = await store.TryBeginAsync(key, Now.AddSeconds(16), default);

        Assert.IsType<ReceiptBeginResult.Started>(result);
    }

    [Fact]
    public async Task Abandon_AfterComplete_KeepsTheReplay()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);
        await store.CompleteAsync(key, 200, "{}", default);
        await store.AbandonAsync(key, default);

        Assert.Equal(new ReceiptBeginResult.Completed(200, "{}"), await store.TryBeginAsync(key, Now, default));
    }

    [Fact]
    public async Task TryBegin_InProgressPastTimeout_StartedForTheRetry()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);
        DateTimeOffset afterTimeout = Now + new StorageOptions().ReceiptInProgressTimeout + TimeSpan.FromSeconds(1);

        ReceiptBeginResult takenOver = await store.TryBeginAsync(key, afterTimeout, default);
        ReceiptBeginResult third = await store.TryBeginAsync(key, afterTimeout, default);

        Assert.IsType<ReceiptBeginResult.Started>(takenOver);
        Assert.Equal(new ReceiptBeginResult.InProgress(afterTimeout), third);
    }

    [Fact]
    public async Task TryBegin_TwentyConcurrentCallers_ExactlyOneStarted()
    {
        ActivityReceiptKey key = NewKey();
        TaskCompletionSource go = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ReceiptBeginResult>[] callers = Enumerable.Range(0, 20).Select(async _ =>
        {
            await go.Task;
            return await store.TryBeginAsync(key, Now, default);
        }).ToArray();

        go.SetResult();
        ReceiptBeginResult[] results = await Task.WhenAll(callers);

        Assert.Single(results, r => r is ReceiptBeginResult.Started);
        Assert.Equal(19, results.Count(r => r is ReceiptBeginResult.InProgress));
    }

    [Fact]
    public async Task Complete_ReceiptAlreadyPurged_StillReplays()
    {
        ActivityReceiptKey key = NewKey();

        await store.CompleteAsync(key, 200, "{}", default);

        Assert.Equal(new ReceiptBeginResult.Completed(200, "{}"), await store.TryBeginAsync(key, Now, default));
    }

    [Fact]
    public async Task Purge_RemovesOnlyReceiptsStartedBeforeTheCutOff()
    {
        // Far in the past so that other tests' receipts in this database are untouched.
        DateTimeOffset old = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        ActivityReceiptKey stale = NewKey();
        ActivityReceiptKey fresh = NewKey();
        await store.TryBeginAsync(stale, old, default);
        await store.CompleteAsync(stale, 200, "{}", default);
        await store.TryBeginAsync(fresh, old.AddHours(25), default);

        int purged = await store.PurgeAsync(old.AddHours(1), default);

        Assert.Equal(1, purged);
        Assert.IsType<ReceiptBeginResult.Started>(await store.TryBeginAsync(stale, Now, default));
        Assert.IsType<ReceiptBeginResult.InProgress>(await store.TryBeginAsync(fresh, old.AddHours(25), default));
    }

    [Fact]
    public async Task TryBegin_SameActivityIdInAnotherConversation_Started()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAsync(key, Now, default);

        ReceiptBeginResult other = await store.TryBeginAsync(key with { ConversationId = "a:other" }, Now, default);

        Assert.IsType<ReceiptBeginResult.Started>(other);
    }

    [Fact]
    public async Task TryBeginAnswered_Redelivered_CompletedWithTheAnswerAndNoBody()
    {
        ActivityReceiptKey key = NewKey();

        ReceiptBeginResult first = await store.TryBeginAnsweredAsync(key, 200, Now, default);
        ReceiptBeginResult redelivered = await store.TryBeginAnsweredAsync(key, 200, Now.AddSeconds(16), default);

        Assert.IsType<ReceiptBeginResult.Started>(first);
        Assert.Equal(new ReceiptBeginResult.Completed(200, null), redelivered);
    }

    [Fact]
    public async Task TryBeginAnswered_PastTheInProgressTimeout_IsNotTakenOver()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAnsweredAsync(key, 200, Now, default);
        DateTimeOffset afterTimeout = Now + new StorageOptions().ReceiptInProgressTimeout + TimeSpan.FromSeconds(1);

        Assert.Equal(new ReceiptBeginResult.Completed(200, null), await store.TryBeginAnsweredAsync(key, 200, afterTimeout, default));
    }

    [Fact]
    public async Task TryBeginAnswered_AfterAbandon_StartedAgain()
    {
        ActivityReceiptKey key = NewKey();
        await store.TryBeginAnsweredAsync(key, 200, Now, default);
        await store.AbandonAsync(key, default);

        Assert.IsType<ReceiptBeginResult.Started>(await store.TryBeginAnsweredAsync(key, 200, Now.AddSeconds(16), default));
    }

    [Fact]
    public async Task TryBeginAnswered_TwentyConcurrentCallers_ExactlyOneStarted()
    {
        ActivityReceiptKey key = NewKey();
        TaskCompletionSource go = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ReceiptBeginResult>[] callers = [.. Enumerable.Range(0, 20).Select(async _ =>
        {
            await go.Task;
            return await store.TryBeginAnsweredAsync(key, 200, Now, default);
        })];

        go.SetResult();
        ReceiptBeginResult[] results = await Task.WhenAll(callers);

        Assert.Single(results, r => r is ReceiptBeginResult.Started);
        Assert.Equal(19, results.Count(r => r is ReceiptBeginResult.Completed(200, null)));
    }

    [Fact]
    public async Task Complete_ACardResponse_IsStoredCompressedAndReplayedAsSent()
    {
        ActivityReceiptKey key = NewKey();
        string card = LargeCardResponse();
        await store.TryBeginAsync(key, Now, default);

        await store.CompleteAsync(key, 200, card, default);

        (long storedBytes, bool textKept) = await ReadStoredResponseAsync(key);
        Assert.False(textKept);
        Assert.True(storedBytes * 5 < card.Length, $"{storedBytes} bytes stored for a {card.Length}-character response");
        Assert.Equal(new ReceiptBeginResult.Completed(200, card), await store.TryBeginAsync(key, Now.AddSeconds(16), default));
    }

    [Fact]
    public async Task TryBegin_ReceiptCompletedBeforeMigration8_ReplaysItsText()
    {
        ActivityReceiptKey key = NewKey();
        await using (DbConnection connection = await database.Get<IDbConnectionFactory>().OpenWriterAsync(default))
        await using (DbCommand insert = connection.Sql("""
            INSERT INTO activity_receipts (tenant_id, channel_id, conversation_id, activity_id, started_utc, completed_utc, status_code, response_body)
            VALUES (@tenant, @channel, @conversation, @activity, @now, @now, 200, @body)
            """).With("tenant", key.TenantId).With("channel", key.ChannelId).With("conversation", key.ConversationId).With("activity", key.ActivityId)
            .With("now", Now).With("body", """{"statusCode":200}"""))
        {
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(new ReceiptBeginResult.Completed(200, """{"statusCode":200}"""), await store.TryBeginAsync(key, Now, default));
    }

    private async Task<(long StoredBytes, bool TextKept)> ReadStoredResponseAsync(ActivityReceiptKey key)
    {
        await using DbConnection connection = await database.Get<IDbConnectionFactory>().OpenAsync(default);
        await using DbCommand read = connection.Sql("""
            SELECT length(response_brotli), response_body IS NOT NULL FROM activity_receipts
            WHERE tenant_id = @tenant AND channel_id = @channel AND conversation_id = @conversation AND activity_id = @activity
            """).With("tenant", key.TenantId).With("channel", key.ChannelId).With("conversation", key.ConversationId).With("activity", key.ActivityId);
        await using DbDataReader reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetBoolean(1));
    }

    // A list card's invoke response: many rows that differ only in their values, as a real one does.
    private static string LargeCardResponse() =>
        """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","body":["""
        + string.Join(",", Enumerable.Range(0, 25).Select(i =>
            $$"""{"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"Customer {{i}}","wrap":true}]},{"type":"Column","items":[{"type":"TextBlock","text":"Service {{i % 4}}","wrap":true}]},{"type":"Column","items":[{"type":"TextBlock","text":"{{i * 7 % 100}}.00 EUR","horizontalAlignment":"Right"}]}]}"""))
        + "]}}";

    private static ActivityReceiptKey NewKey() => new(Guid.NewGuid().ToString(), "msteams", "a:" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
}
