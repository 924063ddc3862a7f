using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>Sync history and the "sync now" trigger: records who asked for a sync.</summary>
public sealed class InMemoryBookingSync : IBookingSyncStatusReader, IBookingSyncTrigger
{
    private readonly ConcurrentDictionary<string, List<BookingSyncStatus>> runs = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> requested = new();

    public IReadOnlyList<string> Requested => [.. requested];

    public InMemoryBookingSync Ran(BookingSyncStatus status)
    {
        runs.GetOrAdd(status.BusinessId, _ => []).Add(status);
        return this;
    }

    public Task<BookingSyncStatus?> GetLatestAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(runs.TryGetValue(businessId, out List<BookingSyncStatus>? list) ? list.MaxBy(s => s.StartedUtc) : null);

    public Task<BookingSyncStatus?> GetLastSuccessAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(runs.TryGetValue(businessId, out List<BookingSyncStatus>? list)
            ? list.Where(s => s.Succeeded).MaxBy(s => s.StartedUtc)
            : null);

    public Task RequestSyncNowAsync(string businessId, CancellationToken ct)
    {
        requested.Enqueue(businessId);
        return Task.CompletedTask;
    }

    public static BookingSyncStatus Succeeded(string businessId, DateTimeOffset finishedUtc) =>
        new(businessId, finishedUtc.AddSeconds(-4), finishedUtc, true, 120, 3, 2, 1, 5, null);

    public static BookingSyncStatus Failed(string businessId, DateTimeOffset finishedUtc, string error) =>
        new(businessId, finishedUtc.AddSeconds(-2), finishedUtc, false, 0, 0, 0, 0, 0, error);

    public static BookingSyncStatus Running(string businessId, DateTimeOffset startedUtc) =>
        new(businessId, startedUtc, null, false, 0, 0, 0, 0, 0, null);
}
