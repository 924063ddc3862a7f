using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

internal sealed class FakeInvoicedBookingsLookup : IInvoicedBookingsLookup
{
    public HashSet<string> Excluded { get; } = new(StringComparer.Ordinal);

    public HashSet<LedgerKey> Invoiced { get; } = [];

    public Task<LedgerState> GetStateAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
        Task.FromResult(new LedgerState(
            Invoiced.Where(k => appointmentIds.Contains(k.AppointmentId)).ToHashSet(),
            Excluded.Where(appointmentIds.Contains).ToHashSet(StringComparer.Ordinal)));
}
