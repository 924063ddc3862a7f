using System.Globalization;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>
/// Parses <c>Retry-After</c>. The Connector sends fractional seconds ("2.128"), which
/// <see cref="System.Net.Http.Headers.RetryConditionHeaderValue"/> rejects, so the raw header is read here.
/// </summary>
public static class RetryAfter
{
    public static bool TryParse(string? value, DateTimeOffset now, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        string text = value.Trim();
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds))
        {
            if (double.IsFinite(seconds) && seconds <= TimeSpan.MaxValue.TotalSeconds)
            {
                delay = TimeSpan.FromSeconds(seconds);
                return true;
            }
            return false;
        }
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at))
        {
            delay = at > now ? at - now : TimeSpan.Zero;
            return true;
        }
        return false;
    }
}
