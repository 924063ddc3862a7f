using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>A hand-written ledger fake: answers only for the business and appointments asked about.</summary>
public sealed class InMemoryInvoicedBookingsLookup : IInvoicedBookingsLookup
{
    private readonly HashSet<InvoiceLedgerKey> _blocked = [];

    public int Calls { get; private set; }

    public void Invoice(InvoiceLedgerKey key) => _blocked.Add(key);

    /// <summary>Excluded, like marked as invoiced, blocks the attendee just as an invoice does.</summary>
    public void Exclude(InvoiceLedgerKey key) => _blocked.Add(key);

    public Task<LedgerState> GetStateAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Calls++;
        HashSet<string> wanted = new(appointmentIds, StringComparer.Ordinal);
        return Task.FromResult(new LedgerState(_blocked.Where(k => k.BusinessId == businessId && wanted.Contains(k.AppointmentId)).ToHashSet()));
    }
}
