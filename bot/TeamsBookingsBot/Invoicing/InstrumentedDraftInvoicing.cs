using System.Diagnostics;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Invoicing;

/// <summary>
/// The invoicing use cases with their telemetry: a span per preview and per invoice run, invoices created and
/// drafts that failed (<see cref="BotMetrics"/>). The domain stays free of it; this adapter wraps it.
/// </summary>
internal sealed class InstrumentedDraftInvoicing(DraftInvoicing inner, BotMetrics metrics) : IDraftInvoicing
{
    public async Task<InvoicePreview> PreviewAsync(InvoiceSelection selection, InvoicingActor actor, CancellationToken ct)
    {
        using Activity? span = BotTelemetry.Source.StartActivity("invoice preview", ActivityKind.Internal);
        span?.SetTag("invoice.bookings", selection.AppointmentIds.Count);
        InvoicePreview preview = await inner.PreviewAsync(selection, actor, ct);
        span?.SetTag("invoice.run_id", preview.RunId);
        return preview;
    }

    public async Task<InvoiceRunResult> ConfirmAsync(Guid runId, InvoicingActor actor, CancellationToken ct)
    {
        using Activity? span = BotTelemetry.Source.StartActivity("invoice run", ActivityKind.Internal);
        span?.SetTag("invoice.run_id", runId);
        try
        {
            InvoiceRunResult result = await inner.ConfirmAsync(runId, actor, ct);
            span?.SetTag("invoice.created", result.Created.Count);
            span?.SetTag("invoice.failed", result.Failed.Count);
            span?.SetTag("invoice.already_completed", result.AlreadyCompleted);
            if (!result.AlreadyCompleted)
            {
                metrics.InvoicesCreated(result.Created.Count);
                if (result.Failed.Count > 0)
                {
                    metrics.Failed("invoicing", "draft_not_created", result.Failed.Count);
                    span?.SetStatus(ActivityStatusCode.Error, $"{result.Failed.Count} drafts not created");
                }
            }
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            metrics.Failed("invoicing", ex.GetType().Name);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    public Task<InvoiceRunResult?> GetResultAsync(Guid runId, CancellationToken ct) => inner.GetResultAsync(runId, ct);

    public Task<UndoResult> UndoAsync(Guid invoiceId, InvoicingActor actor, CancellationToken ct) => inner.UndoAsync(invoiceId, actor, ct);

    public Task<LedgerChange> MarkAsInvoicedAsync(string businessId, IReadOnlyList<string> appointmentIds, InvoicingActor actor, CancellationToken ct) =>
        inner.MarkAsInvoicedAsync(businessId, appointmentIds, actor, ct);

    public Task<LedgerChange> ExcludeAsync(string businessId, IReadOnlyList<string> appointmentIds, string reason, InvoicingActor actor, CancellationToken ct) =>
        inner.ExcludeAsync(businessId, appointmentIds, reason, actor, ct);
}
