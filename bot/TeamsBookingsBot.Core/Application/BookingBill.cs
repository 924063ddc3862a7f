using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application;

/// <summary>
/// What the invoice planner would do with one listed booking: the amount of its lines (<see cref="Lines"/> of them),
/// or why it bills nothing yet. <see cref="UnusualAmount"/> is the amount per attendee that waits for confirmation.
/// </summary>
internal sealed record BookingBill(decimal Billed, int Lines, IReadOnlySet<PlanProblemKind> Problems, bool Free, decimal? UnusualAmount)
{
    public static BookingBill Nothing { get; } = new(0m, 0, new HashSet<PlanProblemKind>(), false, null);
}
