using TeamsBookingsBot.Application.Invoicing;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// A previewed (and maybe confirmed) run. <see cref="Resolutions"/> are the customer and item answers the
/// preview got from Business Central, reused at confirm so every customer and item is looked up once per run.
/// <see cref="UpdatedUtc"/> is the running confirm's heartbeat: a run that stopped beating belongs to a dead process.
/// <see cref="Result"/> is set once <see cref="Status"/> is <see cref="InvoiceRunStatus.Completed"/>.
/// </summary>
public sealed record InvoiceRun(
    Guid RunId,
    InvoiceSelection Selection,
    InvoicingActor Actor,
    InvoiceRunResolutions Resolutions,
    string PlanSummary,
    InvoiceRunStatus Status,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? StartedUtc,
    DateTimeOffset UpdatedUtc,
    InvoiceRunResult? Result);
