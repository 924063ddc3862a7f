namespace TeamsBookingsBot.Application;

/// <summary>
/// Which row of the whole list a page starts at, the rule every store follows: at the position (the first row at or
/// after it), or the page ending just before it; when nothing is left at or after the position, the last page; without
/// a position, page <see cref="UninvoicedBookingsCriteria.PageIndex"/>, the last page when it is beyond the end. A page
/// at a position is numbered from the row number the position carries (<see cref="ListPosition.Row"/>), not by
/// counting the rows before it, so that a store never counts them.
/// </summary>
public static class UninvoicedBookingsPaging
{
    /// <summary>
    /// The index of the page's first row in <paramref name="rows"/>, the whole list in order, and the number of rows
    /// before it the page is numbered by.
    /// </summary>
    public static (int FirstRow, int RowsBefore) FirstRowOf(IReadOnlyList<UninvoicedBookingRow> rows, UninvoicedBookingsCriteria criteria)
    {
        if (criteria.Position is not { } at)
        {
            int page = FirstRowOfPage(criteria.PageIndex, criteria.PageSize, rows.Count);
            return (page, page);
        }
        int before = rows.Count(r => at.CompareTo(r.Booking.StartUtc, r.Booking.AppointmentId) > 0);
        bool landedAt = !at.Before && before < rows.Count;
        int first = landedAt ? before : Math.Max(0, before - criteria.PageSize);
        return (first, first == 0 ? 0 : RowsBeforeFromPosition(at, landedAt, criteria.PageSize) ?? first);
    }

    /// <summary>The first row of page <paramref name="pageIndex"/>, clamped to the last page of <paramref name="count"/> rows.</summary>
    public static int FirstRowOfPage(int pageIndex, int pageSize, int count)
    {
        int pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        return Math.Min(pageIndex, pages - 1) * pageSize;
    }

    /// <summary>
    /// The rows before a page at <paramref name="at"/> that has rows before it, as the position's row number says:
    /// that row (<paramref name="landedAt"/>: the page starts there) or a page before it; at least one. Null when the
    /// position carries no row number: then they must be counted.
    /// </summary>
    public static int? RowsBeforeFromPosition(ListPosition at, bool landedAt, int pageSize) =>
        at.Row is { } row ? Math.Max(1, landedAt ? row : row - pageSize) : null;
}
