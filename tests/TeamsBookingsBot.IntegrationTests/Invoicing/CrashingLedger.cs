using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The SQL ledger, except that an armed MarkInvoiced dies as the process would after BC answered.</summary>
internal sealed class CrashingLedger(IInvoiceLedger inner) : IInvoiceLedger
{
    public bool CrashOnMarkInvoiced { get; set; }

    public Task<IReadOnlyList<LedgerEntry>> MarkInvoicedAsync(
        string externalDocumentNumber, Guid invoiceId, string invoiceNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        CrashOnMarkInvoiced
            ? throw new InvalidOperationException("The process died between Business Central's answer and the ledger write.")
            : inner.MarkInvoicedAsync(externalDocumentNumber, invoiceId, invoiceNumber, nowUtc, cancellationToken);

    public Task<LedgerChange> TryReserveAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string runKey, string externalDocumentNumber, string whoAadObjectId, DateTimeOffset nowUtc,
        CancellationToken cancellationToken) =>
        inner.TryReserveAsync(keys, runKey, externalDocumentNumber, whoAadObjectId, nowUtc, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> ReleaseAsync(string externalDocumentNumber, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        inner.ReleaseAsync(externalDocumentNumber, nowUtc, cancellationToken);

    public Task<IReadOnlyList<PendingReservation>> ListPendingReservationsAsync(DateTimeOffset olderThanUtc, CancellationToken cancellationToken) =>
        inner.ListPendingReservationsAsync(olderThanUtc, cancellationToken);

    public Task<LedgerChange> MarkAsInvoicedAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        inner.MarkAsInvoicedAsync(keys, whoAadObjectId, nowUtc, cancellationToken);

    public Task<LedgerChange> ExcludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string reason, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        inner.ExcludeAsync(keys, reason, whoAadObjectId, nowUtc, cancellationToken);

    public Task<LedgerChange> ReincludeAsync(
        IReadOnlyCollection<InvoiceLedgerKey> keys, string whoAadObjectId, DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        inner.ReincludeAsync(keys, whoAadObjectId, nowUtc, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry.Invoiced>> GetInvoicedByInvoiceIdAsync(Guid invoiceId, CancellationToken cancellationToken) =>
        inner.GetInvoicedByInvoiceIdAsync(invoiceId, cancellationToken);

    public Task<IReadOnlyDictionary<InvoiceLedgerKey, LedgerEntry>> GetStateAsync(
        string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken cancellationToken) =>
        inner.GetStateAsync(businessId, appointmentIds, cancellationToken);
}
