using System.Globalization;

namespace TeamsBookingsBot.Domain;

/// <summary>
/// Reads Graph's dateTimeTimeZone pair. Bookings usually sends "2018-05-01T12:00:00.0000000Z" with "UTC",
/// but some payloads carry a local wall time ("2018-05-02T09:00:00.0000000") with a Windows zone id.
/// </summary>
public static class GraphDateTimeParser
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
    /// A dateTime with "Z" or an offset is taken as written; otherwise <paramref name="timeZone"/>
    /// (Windows or IANA; absent means UTC) says whose wall clock it is.
    /// False when the text is not a Graph dateTime or the zone is unknown.
    /// </summary>
    public static bool TryToUtc(string? dateTime, string? timeZone, out DateTimeOffset utc)
    {
        utc = default;
        string text = dateTime?.Trim() ?? "";
        if (text.Length == 0)
        {
            return false;
        }
        if (HasZoneDesignator(text))
        {
            if (!DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out DateTimeOffset withOffset))
            {
                return false;
            }
            utc = withOffset.ToUniversalTime();
            return true;
        }
        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            return false;
        }
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            utc = new DateTimeOffset(local, TimeSpan.Zero);
            return true;
        }
        if (TimeZoneResolver.Resolve(timeZone) is not TimeZoneResolution.Resolved resolved)
        {
            return false;
        }
        utc = LocalTimeConverter.ToUtc(local, resolved.Zone);
        return true;
    }

    /// <exception cref="FormatException">The dateTime is malformed or the zone is unknown: a broken payload.</exception>
    public static DateTimeOffset ToUtc(string dateTime, string? timeZone) =>
        TryToUtc(dateTime, timeZone, out DateTimeOffset utc)
            ? utc
            : throw new FormatException($"Not a Graph dateTime in a known zone: '{dateTime}' ({timeZone}).");

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
