namespace TeamsBookingsBot.Application;

/// <summary>
/// Where a page of the uninvoiced list starts, by the list's order (start time, then appointment id): at the row
/// with this key or the first one after it, or, with <see cref="Before"/>, the page that ends just before it. Paging by
/// key, not by number, costs the same on page 300 as on page 1 and never skips or repeats a row when the list
/// changes between two presses.
/// </summary>
public sealed record ListPosition(DateTimeOffset StartUtc, string AppointmentId, bool Before = false)
{
    /// <summary>The position of <paramref name="row"/> itself.</summary>
    public static ListPosition At(UninvoicedBookingRow row) => new(row.Booking.StartUtc, row.Booking.AppointmentId);

    /// <summary>The list's order: start, then appointment id (ordinal).</summary>
    public int CompareTo(DateTimeOffset startUtc, string appointmentId)
    {
        int byStart = StartUtc.CompareTo(startUtc);
        return byStart != 0 ? byStart : string.CompareOrdinal(AppointmentId, appointmentId);
    }
}
