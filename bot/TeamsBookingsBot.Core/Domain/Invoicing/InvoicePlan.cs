namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// The planner's answer. Drafts can be sent even when there are problems: a problem holds back only
/// its own booking's attendees. Drafts are ordered by customer number, lines by start time.
/// </summary>
public sealed record InvoicePlan(
    string RunKey,
    IReadOnlyList<DraftInvoice> Drafts,
    IReadOnlyList<SkippedBooking> Skipped,
    IReadOnlyList<PlanProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
