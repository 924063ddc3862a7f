using System.Globalization;
using System.Net.Http.Headers;

namespace TeamsBookingsBot.Resilience;

/// <summary>
/// The one reading of <c>Retry-After</c> for every outbound client. Delta seconds may have decimals: Graph and the
/// Connector send "2.128", which <see cref="System.Net.Http.Headers.RetryConditionHeaderValue"/> rejects, so the raw
/// header is read. An HTTP date is read strictly as RFC 7231 §7.1.1.1 defines it (IMF-fixdate, and the obsolete
/// RFC 850 and asctime forms a recipient must accept), never by a lenient date parser.
/// </summary>
public static class RetryAfterHeader
{
    private const string Name = "Retry-After";

    private static readonly string[] HttpDateFormats =
    [
        "r", // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        "dddd, dd'-'MMM'-'yy HH':'mm':'ss 'GMT'", // rfc850-date: Sunday, 06-Nov-94 08:49:37 GMT
        "ddd MMM d HH':'mm':'ss yyyy", // asctime-date: Sun Nov  6 08:49:37 1994
    ];

    /// <summary>The wait the response asks for, or null when it has no readable Retry-After.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.NonValidated.TryGetValues(Name, out HeaderStringValues values)
            && TryParse(values.ToString(), now, out TimeSpan delay)
            ? delay
            : null;

    /// <summary>A date in the past means "now" (zero).</summary>
    public static bool TryParse(string? value, DateTimeOffset now, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        string text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return false;
        }
        if (char.IsAsciiDigit(text[0]))
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal seconds)
                || seconds > (decimal)TimeSpan.MaxValue.TotalSeconds / 2)
            {
                return false;
            }
            delay = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
            return true;
        }
        if (!DateTimeOffset.TryParseExact(text, HttpDateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowInnerWhite | DateTimeStyles.AssumeUniversal, out DateTimeOffset at))
        {
            return false;
        }
        delay = at > now ? at - now : TimeSpan.Zero;
        return true;
    }
}
