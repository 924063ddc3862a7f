using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// What the ledger knows about a set of appointments.
/// </summary>
/// <param name="InvoicedKeys">Attendees already on a draft or posted invoice, or reserved by a run in progress.</param>
/// <param name="ExcludedAppointmentIds">Whole appointments excluded from invoicing or marked as invoiced by hand.</param>
public sealed record LedgerState(IReadOnlySet<LedgerKey> InvoicedKeys, IReadOnlySet<string> ExcludedAppointmentIds)
{
    public static LedgerState Empty { get; } = new(new HashSet<LedgerKey>(), new HashSet<string>());

    public bool IsInvoiced(LedgerKey key) => InvoicedKeys.Contains(key);

    public bool IsExcluded(string appointmentId) => ExcludedAppointmentIds.Contains(appointmentId);

    /// <summary>One state over several businesses (the lookup answers per business).</summary>
    public static LedgerState Combine(IEnumerable<LedgerState> states)
    {
        HashSet<LedgerKey> keys = [];
        HashSet<string> excluded = new(StringComparer.Ordinal);
        foreach (LedgerState state in states)
        {
            keys.UnionWith(state.InvoicedKeys);
            excluded.UnionWith(state.ExcludedAppointmentIds);
        }
        return new LedgerState(keys, excluded);
    }
}
