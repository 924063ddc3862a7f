using System.Data.Common;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// Deletes receipts, and stored list cards, past their retention on a timer rather than on the request path, so that
/// a turn never pays for the delete. Registered after the migrator, so the tables exist when it first runs.
/// </summary>
internal sealed class ActivityReceiptPurgeService(
    IActivityReceiptStore receipts, IListSnapshotStore lists, IOptions<StorageOptions> options, TimeProvider time,
    ILogger<ActivityReceiptPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using PeriodicTimer timer = new(options.Value.ReceiptPurgeInterval, time);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task PurgeOnceAsync(CancellationToken ct)
    {
        DateTimeOffset olderThan = time.GetUtcNow() - options.Value.ReceiptRetention;
        try
        {
            int count = await receipts.PurgeAsync(olderThan, ct);
            if (count > 0)
            {
                logger.ReceiptsPurged(count, olderThan);
            }
            DateTimeOffset listsOlderThan = time.GetUtcNow() - options.Value.ListSnapshotRetention;
            int listCount = await lists.PurgeAsync(listsOlderThan, ct);
            if (listCount > 0)
            {
                logger.ListSnapshotsPurged(listCount, listsOlderThan);
            }
        }
        catch (Exception ex) when (ex is DbException or TimeoutException)
        {
            logger.ReceiptPurgeFailed(ex);
        }
    }
}
