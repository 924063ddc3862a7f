namespace TeamsBookingsBot.Application;

/// <summary>
/// Where a page of the uninvoiced list starts, by the list's order (start time, then appointment id): at the row
/// with this key or the first one after it, or, with <see cref="Before"/>, the page that ends just before it. Paging by
/// key, not by number, costs the same on page 300 as on page 1 and never skips or repeats a row when the list
/// changes between two presses. <see cref="Row"/> is the row's place in the list when the card was made: it only
/// numbers the page ("Page 301"), so that number is never counted again.
/// </summary>
public sealed record ListPosition(DateTimeOffset StartUtc, string AppointmentId, bool Before = false, int? Row = null)
{
    /// <summary>The position of <paramref name="row"/> itself, the <paramref name="index"/>th row of the list.</summary>
    public static ListPosition At(UninvoicedBookingRow row, int? index = null) => new(row.Booking.StartUtc, row.Booking.AppointmentId, Row: index);

    /// <summary>The list's order: start, then appointment id (ordinal).</summary>
    public int CompareTo(DateTimeOffset startUtc, string appointmentId)
    {
        int byStart = StartUtc.CompareTo(startUtc);
        return byStart != 0 ? byStart : string.CompareOrdinal(AppointmentId, appointmentId);
    }
}
