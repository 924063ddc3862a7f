using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>A hand-written ledger fake: answers only for the business and appointments asked about.</summary>
public sealed class InMemoryInvoicedBookingsLookup : IInvoicedBookingsLookup
{
    private readonly HashSet<LedgerKey> _invoiced = [];
    private readonly HashSet<(string BusinessId, string AppointmentId)> _excluded = [];

    public int Calls { get; private set; }

    public void Invoice(LedgerKey key) => _invoiced.Add(key);

    public void Exclude(string businessId, string appointmentId) => _excluded.Add((businessId, appointmentId));

    public Task<LedgerState> GetStateAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Calls++;
        HashSet<string> wanted = new(appointmentIds, StringComparer.Ordinal);
        HashSet<LedgerKey> keys = _invoiced.Where(k => k.BusinessId == businessId && wanted.Contains(k.AppointmentId)).ToHashSet();
        HashSet<string> excluded = _excluded.Where(e => e.BusinessId == businessId && wanted.Contains(e.AppointmentId))
            .Select(e => e.AppointmentId).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(new LedgerState(keys, excluded));
    }
}
