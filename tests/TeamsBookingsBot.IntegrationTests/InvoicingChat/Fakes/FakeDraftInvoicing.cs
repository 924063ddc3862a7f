using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

/// <summary>
/// IDraftInvoicing as the contract describes it: previews come from <see cref="PlanFor"/>; Confirm answers (once
/// <see cref="HoldConfirms"/> lets it: a Business Central run still going) the first time with the run's result and
/// later with the same result marked AlreadyCompleted; Undo answers from <see cref="UndoOutcomes"/>. Every call is recorded.
/// </summary>
internal sealed class FakeDraftInvoicing : IDraftInvoicing
{
    private readonly ConcurrentDictionary<Guid, InvoicePreview> previews = new();
    private readonly ConcurrentDictionary<Guid, InvoiceRunResult> results = new();
    private int confirmCalls;

    public Func<InvoiceSelection, InvoicePreview> PlanFor { get; set; } = selection =>
        InvoiceSamples.Preview(drafts: Math.Max(1, selection.AppointmentIds.Count), linesPerDraft: 1);

    /// <summary>When set, every Confirm waits for it to complete, as a run Business Central has not finished yet.</summary>
    public TaskCompletionSource? HoldConfirms { get; set; }

    public Dictionary<Guid, UndoResult> UndoOutcomes { get; } = [];

    public LedgerChange LedgerChangeOutcome { get; set; } = new LedgerChange.Applied([]);

    public ConcurrentQueue<(InvoiceSelection Selection, InvoicingActor Actor)> Previews { get; } = new();

    public ConcurrentQueue<(string Kind, string BusinessId, IReadOnlyList<string> Ids, string? Reason)> LedgerCalls { get; } = new();

    public ConcurrentQueue<Guid> Undos { get; } = new();

    public int ConfirmCalls => Volatile.Read(ref confirmCalls);

    public InvoicePreview LastPreview => previews.Values.Last();

    public Task<InvoicePreview> PreviewAsync(InvoiceSelection selection, InvoicingActor actor, CancellationToken ct)
    {
        Previews.Enqueue((selection, actor));
        InvoicePreview preview = PlanFor(selection);
        previews[preview.RunId] = preview;
        return Task.FromResult(preview);
    }

    public async Task<InvoiceRunResult> ConfirmAsync(Guid runId, InvoicingActor actor, CancellationToken ct)
    {
        Interlocked.Increment(ref confirmCalls);
        if (HoldConfirms is { } hold)
        {
            await hold.Task.WaitAsync(ct);
        }
        if (results.TryGetValue(runId, out InvoiceRunResult? earlier))
        {
            return earlier with { AlreadyCompleted = true };
        }
        InvoiceRunResult result = InvoiceSamples.Result(previews[runId]);
        results[runId] = result;
        return result;
    }

    public Task<InvoiceRunResult?> GetResultAsync(Guid runId, CancellationToken ct) =>
        Task.FromResult(results.TryGetValue(runId, out InvoiceRunResult? result) ? result : null);

    public Task<UndoResult> UndoAsync(Guid invoiceId, InvoicingActor actor, CancellationToken ct)
    {
        Undos.Enqueue(invoiceId);
        return Task.FromResult(UndoOutcomes.TryGetValue(invoiceId, out UndoResult? outcome) ? outcome : new UndoResult.NotFound(""));
    }

    public Task<LedgerChange> MarkAsInvoicedAsync(string businessId, IReadOnlyList<string> appointmentIds, InvoicingActor actor, CancellationToken ct)
    {
        LedgerCalls.Enqueue(("mark", businessId, appointmentIds, null));
        return Task.FromResult(LedgerChangeOutcome);
    }

    public Task<LedgerChange> ExcludeAsync(string businessId, IReadOnlyList<string> appointmentIds, string reason, InvoicingActor actor, CancellationToken ct)
    {
        LedgerCalls.Enqueue(("exclude", businessId, appointmentIds, reason));
        return Task.FromResult(LedgerChangeOutcome);
    }
}
