using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

/// <summary>Attendees invoiced, marked or excluded: to the list they are all the same, not billable again.</summary>
internal sealed class FakeInvoicedBookingsLookup : IInvoicedBookingsLookup
{
    public HashSet<InvoiceLedgerKey> Blocked { get; } = [];

    public Task<LedgerState> GetStateAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
        Task.FromResult(new LedgerState(Blocked.Where(k => appointmentIds.Contains(k.AppointmentId)).ToHashSet()));
}
