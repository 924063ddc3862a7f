using System.Globalization;
using Microsoft.Graph.Models;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Graph;

/// <summary>
/// Graph's dateTimeTimeZone to UTC, the bot's one reading of it. Bookings usually sends
/// "2018-05-01T12:00:00.0000000Z" with "UTC", but some payloads carry a local wall time
/// ("2018-05-02T09:00:00.0000000") with a Windows zone id.
/// </summary>
internal static class GraphTime
{
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
    ];

    /// <summary>
    /// A value with <c>Z</c> or an offset is taken as written; otherwise it is local time in
    /// <see cref="DateTimeTimeZone.TimeZone"/> (Windows or IANA; absent means UTC), converted by the domain's
    /// <see cref="LocalTimeConverter"/> (a DST gap or repeated hour has one defined answer). Null when the text is
    /// not a Graph dateTime or the zone is unknown.
    /// </summary>
    public static DateTimeOffset? ToUtc(DateTimeTimeZone value)
    {
        string text = value.DateTime?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        if (HasZoneDesignator(text))
        {
            return DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset withOffset)
                ? withOffset.ToUniversalTime()
                : null;
        }
        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(value.TimeZone))
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }
        return TimeZoneResolver.Resolve(value.TimeZone) is TimeZoneResolution.Resolved resolved
            ? LocalTimeConverter.ToUtc(local, resolved.Zone)
            : null;
    }

    private static bool HasZoneDesignator(string text)
    {
        int timeStart = text.IndexOf('T', StringComparison.Ordinal);
        if (timeStart < 0)
        {
            return false;
        }
        ReadOnlySpan<char> time = text.AsSpan(timeStart);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') >= 0;
    }
}
