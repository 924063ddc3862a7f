using TeamsBookingsBot.Application.Invoicing;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Stored invoice runs. <see cref="TryStartAsync"/> is the run-level guard: of many confirms of one run
/// (double clicks, redelivered invokes, several bot instances) one starts it and the others wait for its result.
/// The invoice ledger, not this store, is what keeps a booking off two invoices.
/// </summary>
public interface IInvoiceRunStore
{
    /// <summary>Stores a new run with status <see cref="InvoiceRunStatus.Previewed"/>.</summary>
    Task CreateAsync(InvoiceRun run, CancellationToken ct);

    /// <summary>The run, or null when there is no run with that id.</summary>
    Task<InvoiceRun?> GetAsync(Guid runId, CancellationToken ct);

    /// <summary>
    /// Moves the run to <see cref="InvoiceRunStatus.Running"/>, atomically, when it is previewed or when it is running
    /// but its heartbeat stopped before <paramref name="staleBeforeUtc"/> (its process died). False when another caller
    /// has it or it is completed.
    /// </summary>
    Task<bool> TryStartAsync(Guid runId, string actorAadObjectId, DateTimeOffset nowUtc, DateTimeOffset staleBeforeUtc, CancellationToken ct);

    /// <summary>The running confirm's heartbeat: sets <see cref="InvoiceRun.UpdatedUtc"/>.</summary>
    Task HeartbeatAsync(Guid runId, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>Stores the result and marks the run <see cref="InvoiceRunStatus.Completed"/>; a completed run keeps its first result.</summary>
    Task CompleteAsync(Guid runId, InvoiceRunResult result, DateTimeOffset nowUtc, CancellationToken ct);
}
