using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// One page of the uninvoiced list. <see cref="Totals"/> (what invoicing would bill), <see cref="Count"/> and the
/// other counts cover every matching booking, not just this page. <see cref="Criteria"/> echoes what was applied,
/// with the page index clamped to the pages that exist.
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

    /// <summary>Listed bookings that wait for something before invoicing bills them (or all of them); not in the totals.</summary>
    public int NeedsAttentionCount { get; init; }

    /// <summary>Free bookings left off the list because <see cref="UninvoicedBookingsCriteria.IncludeFree"/> was not asked.</summary>
    public int HiddenFreeCount { get; init; }

    /// <summary>Completed bookings of the period that match the filters, listed or not (invoiced, marked, excluded).</summary>
    public int CompletedCount { get; init; }

    /// <summary>Bookings of the period that match the filters but have not ended yet, so they are not listed.</summary>
    public int NotCompletedCount { get; init; }
}
