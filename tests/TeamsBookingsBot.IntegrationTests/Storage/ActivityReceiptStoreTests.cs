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

    private static ActivityReceiptKey NewKey() => new("msteams", "a:" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
}
