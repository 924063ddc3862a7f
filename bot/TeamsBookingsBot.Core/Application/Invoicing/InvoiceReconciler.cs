using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// Settles reservations a process left behind when it died between the BC call and the ledger write: a draft
/// found in BC by its external document number is marked invoiced, none found frees the bookings. So a crash
/// leaves neither a duplicate nor a booking stuck as "being invoiced".
/// </summary>
public sealed class InvoiceReconciler(
    IInvoiceLedger ledger, IBusinessInvoicing invoicing, IInvoiceRunStore runs, IAuditLog auditLog,
    DraftInvoicingSettings settings, TimeProvider time)
{
    /// <summary>The actor audited for what reconciliation does.</summary>
    public static readonly InvoicingActor System = new("system", "Reconciliation", "", null);

    /// <param name="olderThan">Only reservations at least this old; younger ones may still be waiting for BC's answer.</param>
    /// <param name="ct">Cancels the pass; what was settled stays settled.</param>
    public async Task<InvoiceReconciliationReport> ReconcileAsync(TimeSpan olderThan, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<PendingReservation> pending = await ledger.ListPendingReservationsAsync(now - olderThan, ct);
        int invoiced = 0, released = 0, unknown = 0, live = 0;
        foreach (PendingReservation reservation in pending)
        {
            if (await IsLiveAsync(reservation.RunKey, now, ct))
            {
                live++; // a slow confirm still holds it: its own answer will settle it
                continue;
            }
            ReconcileOutcome outcome = await ReconcileAsync(reservation, ct);
            string details;
            switch (outcome)
            {
                case ReconcileOutcome.Invoiced found:
                    invoiced++;
                    details = $"{reservation.ExternalDocumentNumber}: found {found.Invoice.Number}, marked invoiced";
                    break;
                case ReconcileOutcome.Released:
                    released++;
                    details = $"{reservation.ExternalDocumentNumber}: not in Business Central, released";
                    break;
                default:
                    unknown++;
                    details = $"{reservation.ExternalDocumentNumber}: Business Central did not answer, kept";
                    break;
            }
            await new InvoicingAudit(auditLog, time, reservation.Keys[0].BusinessId).WriteAsync(System, "invoice.reconciled", details, ct);
        }
        return new InvoiceReconciliationReport(invoiced, released, unknown, live);
    }

    /// <summary>Asks the Business Central company of the reservation's business; a business with none chosen stays unknown.</summary>
    private async Task<ReconcileOutcome> ReconcileAsync(PendingReservation reservation, CancellationToken ct)
    {
        IBusinessCentral businessCentral;
        try
        {
            businessCentral = (await invoicing.ForAsync(reservation.Keys[0].BusinessId, ct)).BusinessCentral;
        }
        catch (BusinessCentralException ex)
        {
            return new ReconcileOutcome.StillUnknown(ex.Message);
        }
        return await LedgerReconciliation.ReconcileAsync(ledger, businessCentral, reservation.ExternalDocumentNumber, time.GetUtcNow(), ct);
    }

    private async Task<bool> IsLiveAsync(string runKey, DateTimeOffset now, CancellationToken ct) =>
        Guid.TryParseExact(runKey, "N", out Guid runId)
        && await runs.GetAsync(runId, ct) is { Status: InvoiceRunStatus.Running } run
        && run.UpdatedUtc > now - settings.RunningRunStaleAfter;
}
