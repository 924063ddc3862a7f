using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>
/// What a confirmed run did. <paramref name="AlreadyCompleted"/> is true when the run had been confirmed before
/// (a double click or a redelivered invoke): the result is the first one, and nothing new was created.
/// </summary>
public sealed record InvoiceRunResult(
    Guid RunId,
    IReadOnlyList<CreatedInvoice> Created,
    IReadOnlyList<FailedInvoice> Failed,
    IReadOnlyList<SkippedBooking> Skipped,
    IReadOnlyList<PlanProblem> Problems,
    bool AlreadyCompleted);
