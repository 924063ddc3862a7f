using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// The figures of a whole uninvoiced list, every page: how many bookings it lists, what invoicing would bill for them
/// (<see cref="Totals"/>, per currency), and the counts the cards explain. A store can compute them with an aggregate
/// query; the in-memory query counts its rows.
/// </summary>
/// <param name="Count">Listed bookings.</param>
/// <param name="Totals">What the preview would bill for them, per currency, ordered by currency code.</param>
/// <param name="PriceNeededCount">Listed bookings with no amount yet.</param>
/// <param name="NeedsAttentionCount">Listed bookings that wait for something before invoicing bills them (or all of them).</param>
/// <param name="HiddenFreeCount">Free bookings left off because free ones were not asked for.</param>
/// <param name="CompletedCount">Completed bookings of the period that match the filters, listed or not (invoiced, marked, excluded).</param>
/// <param name="NotCompletedCount">Bookings of the period that match the filters but have not ended yet.</param>
public sealed record UninvoicedBookingsFigures(
    int Count,
    IReadOnlyList<Money> Totals,
    int PriceNeededCount,
    int NeedsAttentionCount,
    int HiddenFreeCount,
    int CompletedCount,
    int NotCompletedCount)
{
    public static UninvoicedBookingsFigures None { get; } = new(0, [], 0, 0, 0, 0, 0);
}
