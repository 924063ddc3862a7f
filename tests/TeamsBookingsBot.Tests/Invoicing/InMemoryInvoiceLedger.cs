using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// The ledger port in memory for use-case tests. One lock makes every multi-key change atomic, the
/// same guarantee the SQL ledger gets from a transaction and a unique key.
/// </summary>
public sealed class InMemoryInvoiceLedger : IInvoiceLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<InvoiceLedgerKey, LedgerEntry> _entries = [];

    public Task<LedgerChange> TryReserveAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string runKey, string externalDocumentNumber, string whoAadObjectId,
        DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        Task.FromResult(ChangeAll(keys, IsFree, key => new LedgerEntry.Reserved(key, whoAadObjectId, nowUtc, runKey, externalDocumentNumber)));

    public Task<IReadOnlyList<LedgerEntry>> MarkInvoicedAsync(
        string externalDocumentNumber, Guid invoiceId, string invoiceNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var result = new List<LedgerEntry>();
            foreach (LedgerEntry entry in _entries.Values.ToList())
            {
                if (entry is LedgerEntry.Reserved r && r.ExternalDocumentNumber == externalDocumentNumber)
                {
                    var invoiced = new LedgerEntry.Invoiced(r.Key, r.By, nowUtc, r.RunKey, r.ExternalDocumentNumber, invoiceId, invoiceNumber);
                    _entries[r.Key] = invoiced;
                    result.Add(invoiced);
                }
                else if (entry is LedgerEntry.Invoiced i && i.ExternalDocumentNumber == externalDocumentNumber && i.InvoiceId == invoiceId)
                {
                    result.Add(i);
                }
            }
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(result);
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> ReleaseAsync(string externalDocumentNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var result = new List<LedgerEntry>();
            foreach (LedgerEntry entry in _entries.Values.ToList())
            {
                string? number = entry switch
                {
                    LedgerEntry.Reserved r => r.ExternalDocumentNumber,
                    LedgerEntry.Invoiced i => i.ExternalDocumentNumber,
                    _ => null,
                };
                if (number == externalDocumentNumber)
                {
                    var released = new LedgerEntry.Released(entry.Key, entry.By, nowUtc);
                    _entries[entry.Key] = released;
                    result.Add(released);
                }
            }
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(result);
        }
    }

    public Task<IReadOnlyList<PendingReservation>> ListPendingReservationsAsync(DateTimeOffset olderThanUtc, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PendingReservation> pending = _entries.Values
                .OfType<LedgerEntry.Reserved>()
                .Where(r => r.AtUtc < olderThanUtc)
                .GroupBy(r => r.ExternalDocumentNumber, StringComparer.Ordinal)
                .Select(g => new PendingReservation(g.Key, g.First().RunKey, g.First().By, g.Min(r => r.AtUtc), [.. g.Select(r => r.Key)]))
                .OrderBy(p => p.ReservedUtc)
                .ToList();
            return Task.FromResult(pending);
        }
    }

    public Task<LedgerChange> MarkAsInvoicedAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        Task.FromResult(ChangeAll(keys, IsFree, key => new LedgerEntry.MarkedInvoiced(key, whoAadObjectId, nowUtc)));

    public Task<LedgerChange> ExcludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string reason, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        Task.FromResult(ChangeAll(keys, IsFree, key => new LedgerEntry.Excluded(key, whoAadObjectId, nowUtc, reason)));

    public Task<LedgerChange> ReincludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        Task.FromResult(ChangeAll(
            keys,
            entry => entry is null or LedgerEntry.Released or LedgerEntry.Excluded or LedgerEntry.MarkedInvoiced,
            key => new LedgerEntry.Released(key, whoAadObjectId, nowUtc)));

    public Task<IReadOnlyList<LedgerEntry.Invoiced>> GetInvoicedByInvoiceIdAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<LedgerEntry.Invoiced> entries = [.. _entries.Values.OfType<LedgerEntry.Invoiced>().Where(i => i.InvoiceId == invoiceId)];
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry>> GetStateAsync(
        string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken cancellationToken)
    {
        var wanted = appointmentIds.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry> state = _entries
                .Where(pair => pair.Key.BusinessId == businessId && wanted.Contains(pair.Key.AppointmentId))
                .ToDictionary(pair => pair.Key, pair => pair.Value);
            return Task.FromResult(state);
        }
    }

    private static bool IsFree(LedgerEntry? entry) => entry is null || !entry.BlocksInvoicing;

    private LedgerChange ChangeAll(IReadOnlyCollection<InvoiceLedgerKey> keys, Func<LedgerEntry?, bool> allowed, Func<InvoiceLedgerKey, LedgerEntry> next)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        lock (_gate)
        {
            List<LedgerEntry> taken = keys.Distinct()
                .Select(key => _entries.GetValueOrDefault(key))
                .Where(entry => !allowed(entry))
                .Select(entry => entry!)
                .ToList();
            if (taken.Count > 0)
            {
                return new LedgerChange.Conflict(taken);
            }
            List<LedgerEntry> changed = keys.Distinct().Select(next).ToList();
            foreach (LedgerEntry entry in changed)
            {
                _entries[entry.Key] = entry;
            }
            return new LedgerChange.Applied(changed);
        }
    }
}
