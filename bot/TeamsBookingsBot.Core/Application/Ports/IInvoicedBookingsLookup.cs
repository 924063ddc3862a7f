namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// The read side of the bot's invoice ledger: what is already billed, being billed, or must not be billed.
/// Graph v1.0 has no invoice status, so this is the only source of truth for "invoiced".
/// </summary>
public interface IInvoicedBookingsLookup
{
    /// <summary>
    /// The ledger state of <paramref name="appointmentIds"/> in business <paramref name="businessId"/>.
    /// Ids the ledger has never seen are simply absent from the result (uninvoiced); this is not an error.
    /// </summary>
    /// <param name="businessId">The bookingBusiness id (booking mailbox SMTP address).</param>
    /// <param name="appointmentIds">Appointments to look up; may be empty.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>
    /// Keys invoiced or reserved by a running invoice run, and appointments excluded by a user
    /// ("don't bill", no-show) or marked as invoiced outside the bot.
    /// </returns>
    Task<LedgerState> GetStateAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct);
}
