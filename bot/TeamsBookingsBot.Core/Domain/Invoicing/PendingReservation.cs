namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// Keys still <see cref="LedgerEntry.Reserved"/> under one external document number: a run that never
/// heard back from BC. Reconciliation looks the number up in BC, then marks invoiced or releases.
/// </summary>
public sealed record PendingReservation(
    string ExternalDocumentNumber, string RunKey, string ReservedBy, DateTimeOffset ReservedUtc, IReadOnlyList<InvoiceLedgerKey> Keys);
