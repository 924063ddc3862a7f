using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// The bot's record of what has been billed, one entry per <see cref="InvoiceLedgerKey"/>. It is what
/// makes invoicing exactly-once: a key is reserved before BC is called and marked invoiced after.
/// Every multi-key change is atomic: all keys change or none. An empty key list is a caller bug
/// (<see cref="ArgumentOutOfRangeException"/>).
/// </summary>
public interface IInvoiceLedger
{
    /// <summary>
    /// Reserves every key for one planned draft, atomically. A key with no entry or a
    /// <see cref="LedgerEntry.Released"/> entry can be reserved. Returns
    /// <see cref="LedgerChange.Applied"/> with the new <see cref="LedgerEntry.Reserved"/> entries, or
    /// <see cref="LedgerChange.Conflict"/> listing the keys already held (and by whom) with nothing reserved.
    /// A key already reserved under the same <paramref name="externalDocumentNumber"/> is a conflict too:
    /// an earlier attempt may have reached BC, so the caller must look the number up instead of posting again.
    /// </summary>
    /// <param name="keys">The ledger keys of the draft's lines.</param>
    /// <param name="runKey">The run that plans the draft (the card action's run id or the job's key).</param>
    /// <param name="externalDocumentNumber">The number the BC draft will carry (see <c>ExternalDocumentNumber</c>).</param>
    /// <param name="whoAadObjectId">Entra object id of the user who started the run.</param>
    /// <param name="nowUtc">The reservation time, from the caller's TimeProvider.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LedgerChange> TryReserveAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys,
        string runKey,
        string externalDocumentNumber,
        string whoAadObjectId,
        DateTimeOffset nowUtc,
        CancellationToken cancellationToken);

    /// <summary>
    /// Moves every key reserved under <paramref name="externalDocumentNumber"/> to
    /// <see cref="LedgerEntry.Invoiced"/>. Idempotent: keys already invoiced under that number with the
    /// same <paramref name="invoiceId"/> are returned again. An empty result means nothing was reserved
    /// under the number (released or unknown): a draft exists in BC the ledger does not hold.
    /// </summary>
    Task<IReadOnlyList<LedgerEntry>> MarkInvoicedAsync(
        string externalDocumentNumber, Guid invoiceId, string invoiceNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Frees every key reserved or invoiced under <paramref name="externalDocumentNumber"/>: BC refused
    /// the draft, or the draft was deleted in BC. Returns the new <see cref="LedgerEntry.Released"/> entries.
    /// </summary>
    Task<IReadOnlyList<LedgerEntry>> ReleaseAsync(
        string externalDocumentNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Reservations made before <paramref name="olderThanUtc"/> that never got BC's answer, one per
    /// external document number, oldest first. Input for reconciliation.
    /// </summary>
    Task<IReadOnlyList<PendingReservation>> ListPendingReservationsAsync(
        DateTimeOffset olderThanUtc, CancellationToken cancellationToken);

    /// <summary>
    /// BC's "Mark as Invoiced": records the keys as billed without an invoice. Only free keys
    /// (no entry or released) change; otherwise <see cref="LedgerChange.Conflict"/> and nothing changes.
    /// </summary>
    Task<LedgerChange> MarkAsInvoicedAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the keys off every invoice (e.g. a forgiven no-show), with the reason shown later.
    /// Only free keys change; otherwise <see cref="LedgerChange.Conflict"/> and nothing changes.
    /// </summary>
    Task<LedgerChange> ExcludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string reason, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Undoes <see cref="ExcludeAsync"/> or <see cref="MarkAsInvoicedAsync"/>: the keys become
    /// <see cref="LedgerEntry.Released"/>. Free keys are accepted and released again. Reserved or
    /// invoiced keys give <see cref="LedgerChange.Conflict"/> and nothing changes.
    /// </summary>
    Task<LedgerChange> ReincludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>
    /// The <see cref="LedgerEntry.Invoiced"/> entries of one BC invoice (by its API id), so an undo can tell
    /// a draft this bot made from anyone else's. Empty when the ledger holds no key on that invoice.
    /// </summary>
    Task<IReadOnlyList<LedgerEntry.Invoiced>> GetInvoicedByInvoiceIdAsync(Guid invoiceId, CancellationToken cancellationToken);

    /// <summary>
    /// The current entry of every key of the given appointments of one business that has an entry;
    /// keys never touched are absent. Feed the result to <c>InvoicePlanner.Plan</c>.
    /// </summary>
    Task<IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry>> GetStateAsync(
        string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken cancellationToken);
}
