using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// The invoicing use cases behind the cards: preview, confirm (exactly once per booking), undo, and Business
/// Central's "Mark as invoiced" plus Exclude. Every call is audited with its <see cref="InvoicingActor"/>.
/// </summary>
public interface IDraftInvoicing
{
    /// <summary>Plans drafts for the selection (customer and item lookups, no writes to Business Central) and stores the run.</summary>
    Task<InvoicePreview> PreviewAsync(InvoiceSelection selection, InvoicingActor actor, CancellationToken ct);

    /// <summary>Creates the run's drafts in Business Central. Idempotent per run id; a booking is never on two invoices.</summary>
    Task<InvoiceRunResult> ConfirmAsync(Guid runId, InvoicingActor actor, CancellationToken ct);

    /// <summary>The stored result of a confirmed run, or null while it has not finished.</summary>
    Task<InvoiceRunResult?> GetResultAsync(Guid runId, CancellationToken ct);

    /// <summary>Deletes a draft this bot created and returns its bookings to the list; refused once posted.</summary>
    Task<UndoResult> UndoAsync(Guid invoiceId, InvoicingActor actor, CancellationToken ct);

    /// <summary>Business Central's "Mark as invoiced": no invoice, the bookings leave the list.</summary>
    Task<LedgerChange> MarkAsInvoicedAsync(string businessId, IReadOnlyList<string> appointmentIds, InvoicingActor actor, CancellationToken ct);

    /// <summary>Leaves bookings out of invoicing (e.g. a no-show not billed), with the reason.</summary>
    Task<LedgerChange> ExcludeAsync(string businessId, IReadOnlyList<string> appointmentIds, string reason, InvoicingActor actor, CancellationToken ct);
}
