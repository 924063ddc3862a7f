using System.Collections.Concurrent;
using TeamsBookingsBot.Application;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// The list's figures, computed once and reused while they cannot have changed: the key holds the business's data
/// and ledger versions (which every write of the sync and the ledger bumps, in its transaction, on any instance),
/// the period and the filter; an entry also ends when the next booking of the period completes. Lists asked at the
/// same moment share one computation.
/// </summary>
internal sealed class UninvoicedListFiguresCache
{
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private readonly ConcurrentDictionary<Key, Lazy<Task<Entry>>> computing = new();

    public async Task<UninvoicedBookingsFigures> GetAsync(Key key, DateTimeOffset now, Func<Task<Entry>> compute, CancellationToken ct)
    {
        if (entries.TryGetValue(key, out Entry? cached) && cached.IsValidAt(now))
        {
            return cached.Figures;
        }
        var mine = new Lazy<Task<Entry>>(compute);
        Lazy<Task<Entry>> flight = computing.GetOrAdd(key, mine);
        try
        {
            Entry entry = await flight.Value.WaitAsync(ct);
            Put(key, entry);
            if (entry.IsValidAt(now))
            {
                return entry.Figures;
            }
        }
        catch (Exception) when (flight != mine && !ct.IsCancellationRequested)
        {
            // The list that computed them stopped (its request ended): compute them here.
        }
        finally
        {
            if (flight == mine)
            {
                computing.TryRemove(KeyValuePair.Create(key, mine));
            }
        }
        Entry own = await compute();
        Put(key, own);
        return own.Figures;
    }

    private void Put(Key key, Entry entry)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        // Entries of older versions can never be asked for again.
        foreach (Key stale in entries.Keys.Where(k => k.BusinessId == key.BusinessId && (k.DataVersion, k.LedgerVersion) != (key.DataVersion, key.LedgerVersion)))
        {
            entries.TryRemove(stale, out _);
        }
        entries[key] = entry;
    }

    /// <summary>What the figures depend on besides time.</summary>
    internal sealed record Key(
        string BusinessId, long DataVersion, long LedgerVersion, DateTimeOffset? FromUtc, DateTimeOffset? ToUtc, bool IncludeFree,
        bool IncludeCancelled, string Filter, (Domain.CompletionRule Rule, TimeSpan Grace) Completion);

    /// <param name="ValidUntilUtc">When the next booking of the period completes; null: none will.</param>
    internal sealed record Entry(UninvoicedBookingsFigures Figures, DateTimeOffset ComputedUtc, DateTimeOffset? ValidUntilUtc)
    {
        public bool IsValidAt(DateTimeOffset now) => now >= ComputedUtc && (ValidUntilUtc is null || now < ValidUntilUtc);
    }
}
