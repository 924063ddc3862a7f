using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// Settles a reservation whose BC outcome is unknown by asking BC for its external document number: found means
/// the draft exists (mark invoiced), not found means it never did (release). Never guesses when BC cannot answer.
/// </summary>
internal static class LedgerReconciliation
{
    public static async Task<ReconcileOutcome> ReconcileAsync(
        IInvoiceLedger ledger, IBusinessCentral businessCentral, string externalDocumentNumber, DateTimeOffset nowUtc, CancellationToken ct)
    {
        IReadOnlyList<BcSalesInvoice> found;
        try
        {
            found = await businessCentral.FindSalesInvoicesByExternalDocumentNumberAsync(externalDocumentNumber, ct);
        }
        catch (BusinessCentralException ex)
        {
            return new ReconcileOutcome.StillUnknown(ex.Message);
        }
        if (found.Count == 0)
        {
            await ledger.ReleaseAsync(externalDocumentNumber, nowUtc, ct);
            return new ReconcileOutcome.Released();
        }
        // The oldest number is the one a bookkeeper may already have seen.
        BcSalesInvoice invoice = found.OrderBy(i => i.Number, StringComparer.Ordinal).First();
        await ledger.MarkInvoicedAsync(externalDocumentNumber, invoice.Id, invoice.Number, nowUtc, ct);
        return new ReconcileOutcome.Invoiced(invoice);
    }
}
