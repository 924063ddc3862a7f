using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// One page of the uninvoiced list. <see cref="Totals"/>, <see cref="Count"/> and
/// <see cref="PriceNeededCount"/> cover every matching booking, not just this page.
/// <see cref="Criteria"/> echoes what was applied, with the page index clamped to the pages that exist.
/// </summary>
public sealed record UninvoicedBookingsResult(
    IReadOnlyList<UninvoicedBookingRow> Rows,
    IReadOnlyList<Money> Totals,
    int Count,
    int PriceNeededCount,
    UninvoicedBookingsCriteria Criteria,
    int TotalPages)
{
    public int PageIndex => Criteria.PageIndex;

    public int PageSize => Criteria.PageSize;

    public bool HasNextPage => PageIndex + 1 < TotalPages;
}
