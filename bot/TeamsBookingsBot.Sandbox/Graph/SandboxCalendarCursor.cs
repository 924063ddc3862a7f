using System.Globalization;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>
/// Where a calendarView page ended: the last listed appointment's start and id, the order the pages follow. Sent as
/// the nextLink's <c>$skiptoken</c>; a later page starts after it even if appointments came or went in between.
/// </summary>
internal readonly record struct SandboxCalendarCursor(long StartUtcTicks, string AppointmentId)
{
    public static SandboxCalendarCursor After(Booking booking) => new(booking.StartUtc.UtcTicks, booking.AppointmentId);

    public static bool TryParse(string? token, out SandboxCalendarCursor cursor)
    {
        cursor = default;
        int dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0 || !long.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out long ticks))
        {
            return false;
        }
        cursor = new SandboxCalendarCursor(ticks, token![(dot + 1)..]);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartUtcTicks}.{AppointmentId}");

    /// <summary>True when <paramref name="booking"/> comes after this cursor in (start, id) order.</summary>
    public bool IsBefore(Booking booking) =>
        booking.StartUtc.UtcTicks > StartUtcTicks
        || (booking.StartUtc.UtcTicks == StartUtcTicks && string.CompareOrdinal(booking.AppointmentId, AppointmentId) > 0);
}
