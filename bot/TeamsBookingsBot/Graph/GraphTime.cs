using System.Globalization;
using Microsoft.Graph.Models;

namespace TeamsBookingsBot.Graph;

/// <summary>Graph's dateTimeTimeZone to UTC.</summary>
internal static class GraphTime
{
    /// <summary>
    /// A value with <c>Z</c> or an offset is taken as written (Bookings sends UTC with <c>Z</c>); otherwise it is
    /// local time in <see cref="DateTimeTimeZone.TimeZone"/>, a Windows or IANA id (both resolve on Linux with
    /// ICU). Null when the text or zone cannot be read.
    /// </summary>
    public static DateTimeOffset? ToUtc(DateTimeTimeZone value)
    {
        string text = value.DateTime?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        if (HasOffset(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset withOffset)
                ? withOffset.ToUniversalTime()
                : null;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            return null;
        }
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (string.IsNullOrWhiteSpace(value.TimeZone))
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone, out TimeZoneInfo? zone))
        {
            return null;
        }
        // GetUtcOffset never throws: a time skipped or repeated by a DST change gets the standard offset.
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static bool HasOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }
        int t = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        return t > 0 && text.IndexOfAny(['+', '-'], t) > 0;
    }
}
