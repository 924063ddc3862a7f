namespace TeamsBookingsBot.Application;

/// <summary>
/// Which row of the whole list a page starts at, the rule every store follows: at the position (the first row at or
/// after it), or the page ending just before it; when nothing is left at or after the position, the last page; without
/// a position, page <see cref="UninvoicedBookingsCriteria.PageIndex"/>, the last page when it is beyond the end.
/// </summary>
public static class UninvoicedBookingsPaging
{
    /// <summary>The index of the page's first row in <paramref name="rows"/>, the whole list in order.</summary>
    public static int FirstRowOf(IReadOnlyList<UninvoicedBookingRow> rows, UninvoicedBookingsCriteria criteria)
    {
        if (criteria.Position is not { } at)
        {
            return FirstRowOfPage(criteria.PageIndex, criteria.PageSize, rows.Count);
        }
        int before = rows.Count(r => at.CompareTo(r.Booking.StartUtc, r.Booking.AppointmentId) > 0);
        return FirstRowAt(at, before, rows.Count, criteria.PageSize);
    }

    /// <summary>The first row of page <paramref name="pageIndex"/>, clamped to the last page of <paramref name="count"/> rows.</summary>
    public static int FirstRowOfPage(int pageIndex, int pageSize, int count)
    {
        int pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        return Math.Min(pageIndex, pages - 1) * pageSize;
    }

    /// <summary>The first row of the page at <paramref name="at"/>, given the <paramref name="before"/> rows of the list before it.</summary>
    public static int FirstRowAt(ListPosition at, int before, int count, int pageSize) =>
        !at.Before && before < count ? before : Math.Max(0, before - pageSize);
}
