using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// What the ledger knows about a set of appointments, as the uninvoiced list needs it: the attendees that must
/// not be billed again (on a draft or posted invoice, reserved by a run in progress, marked as invoiced, or
/// excluded). The ledger is per attendee, so an attendee added to a booking later is open until it is billed.
/// </summary>
public sealed record LedgerState(IReadOnlySet<InvoiceLedgerKey> BlockedKeys)
{
    public static LedgerState Empty { get; } = new(new HashSet<InvoiceLedgerKey>());

    public bool IsBlocked(InvoiceLedgerKey key) => BlockedKeys.Contains(key);
}
