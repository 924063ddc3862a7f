using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
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

    /// <summary>Where previews and results are stored, as the real use case stores them, so the card guard finds them.</summary>
    public IInvoiceRunStore? Runs { get; set; }

    public async Task<InvoicePreview> PreviewAsync(InvoiceSelection selection, InvoicingActor actor, CancellationToken ct)
    {
        Previews.Enqueue((selection, actor));
        InvoicePreview preview = PlanFor(selection);
        previews[preview.RunId] = preview;
        if (Runs is not null)
        {
            var none = new InvoiceRunResolutions(new Dictionary<string, CustomerResolution>(), new Dictionary<string, string>(), []);
            // The sample drafts bill appointment ids of their own: the stored run lists them as selected too.
            InvoiceSelection planned = selection with
            {
                AppointmentIds = [.. selection.AppointmentIds.Union(preview.Plan.Drafts.SelectMany(d => d.Lines).Select(l => l.AppointmentId))],
            };
            await Runs.CreateAsync(new InvoiceRun(preview.RunId, planned, actor, none, "", InvoiceRunStatus.Previewed,
                DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch, null), ct);
        }
        return preview;
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
        if (Runs is not null)
        {
            await Runs.CompleteAsync(runId, result, DateTimeOffset.UnixEpoch, ct);
        }
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
