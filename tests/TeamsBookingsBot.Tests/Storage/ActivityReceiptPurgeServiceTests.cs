using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

public sealed class ActivityReceiptPurgeServiceTests
{
    [Fact]
    public async Task Service_Started_PurgesAtOnceThenEveryInterval()
    {
        FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        RecordingReceiptStore store = new();
        RecordingListStore lists = new();
        using ActivityReceiptPurgeService service = new(
            store, lists, Options.Create(new StorageOptions()), time, NullLogger<ActivityReceiptPurgeService>.Instance);

        await service.StartAsync(default);
        DateTimeOffset first = await store.Purges.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromHours(1));
        DateTimeOffset second = await store.Purges.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        await service.StopAsync(default);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), second);
        Assert.Equal(new DateTimeOffset(2025, 12, 2, 9, 0, 0, TimeSpan.Zero), await lists.Purges.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
    }

    private sealed class RecordingListStore : IListSnapshotStore
    {
        public Channel<DateTimeOffset> Purges { get; } = Channel.CreateUnbounded<DateTimeOffset>();

        public Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct)
        {
            Purges.Writer.TryWrite(olderThanUtc);
            return Task.FromResult(0);
        }

        public Task SaveAsync(ListSnapshot snapshot, CancellationToken ct) => throw new InvalidOperationException("Not used by the purge.");

        public Task<ListSnapshot?> GetAsync(Guid listId, CancellationToken ct) => throw new InvalidOperationException("Not used by the purge.");
    }

    private sealed class RecordingReceiptStore : IActivityReceiptStore
    {
        public Channel<DateTimeOffset> Purges { get; } = Channel.CreateUnbounded<DateTimeOffset>();

        public Task<int> PurgeAsync(DateTimeOffset olderThanUtc, CancellationToken ct)
        {
            Purges.Writer.TryWrite(olderThanUtc);
            return Task.FromResult(0);
        }

        public Task<ReceiptBeginResult> TryBeginAsync(ActivityReceiptKey key, DateTimeOffset nowUtc, CancellationToken ct) =>
            throw new InvalidOperationException("Not used by the purge.");

        public Task<ReceiptBeginResult> TryBeginAnsweredAsync(ActivityReceiptKey key, int status, DateTimeOffset nowUtc, CancellationToken ct) =>
            throw new InvalidOperationException("Not used by the purge.");

        public Task CompleteAsync(ActivityReceiptKey key, int status, string? responseBody, CancellationToken ct) =>
            throw new InvalidOperationException("Not used by the purge.");

        public Task AbandonAsync(ActivityReceiptKey key, CancellationToken ct) =>
            throw new InvalidOperationException("Not used by the purge.");
    }
}
