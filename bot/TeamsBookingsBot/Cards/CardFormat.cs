using System.Globalization;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

/// <summary>How cards write money, durations and times. Invariant culture: the bot has no per-user locale yet.</summary>
internal static class CardFormat
{
    public static string Money(Money money) =>
        money.Currency + " " + money.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan length)
    {
        int minutes = (int)Math.Round(length.TotalMinutes);
        int hours = minutes / 60;
        int rest = minutes % 60;
        return (hours, rest) switch
        {
            (0, _) => $"{rest} min",
            (_, 0) => $"{hours} h",
            _ => $"{hours} h {rest} min",
        };
    }

    public static string Seconds(TimeSpan length) =>
        length < TimeSpan.FromMinutes(1)
            ? $"{Math.Max(1, (int)Math.Round(length.TotalSeconds))} s"
            : Duration(length);

    /// <summary>"09:15 (Pacific Time)" when it is today in <paramref name="zone"/>, else "Mon 23 Nov, 09:15 (Pacific Time)".</summary>
    public static string Moment(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset now) =>
        $"{When(instant, zone, now)} ({TimeZoneLabel.Long(zone, instant)})";

    /// <summary>
    /// "09:15" when it is today in <paramref name="zone"/>, else "Mon 23 Nov, 09:15": for a card whose header names the
    /// zone. To the minute: this is when something happened (a sync), not a booking to tell apart from another.
    /// </summary>
    public static string When(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset now)
    {
        DateTimeOffset minute = new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerMinute, instant.Offset);
        return LocalTimeConverter.LocalDate(minute, zone) == LocalTimeConverter.LocalDate(now, zone)
            ? TimeZoneLabel.Local(minute, zone, "HH:mm")
            : TimeZoneLabel.OnCard(minute, zone);
    }

    /// <summary>"Times are in Pacific Time.": said once at the top of a card, so each row can stay short.</summary>
    public static string TimesIn(TimeZoneInfo zone, DateTimeOffset at) => $"Times are in {TimeZoneLabel.Long(zone, at)}.";

    /// <summary>
    /// The days of <paramref name="range"/> in <paramref name="zone"/> for a sentence: "on Mon 23 Nov" or "from 16 Nov to
    /// 22 Nov", with the year when it is not the year of <paramref name="now"/>.
    /// </summary>
    public static string RangePhrase(DateRange range, TimeZoneInfo zone, DateTimeOffset now)
    {
        DateOnly first = LocalTimeConverter.LocalDate(range.FromUtc, zone);
        DateOnly last = LocalTimeConverter.LocalDate(range.ToUtc > range.FromUtc ? range.ToUtc.AddTicks(-1) : range.ToUtc, zone);
        int thisYear = LocalTimeConverter.LocalDate(now, zone).Year;
        string Day(DateOnly day, string format) =>
            day.ToString(day.Year == thisYear ? format : format + " yyyy", CultureInfo.InvariantCulture);
        return first == last ? "on " + Day(first, "ddd d MMM") : $"from {Day(first, "d MMM")} to {Day(last, "d MMM")}";
    }

    /// <summary>
    /// "Yesterday, Mon 23 Nov" or "Last week, 16 Nov – 22 Nov": the words the user saw plus the days they mean in
    /// the business's zone. A label that already names a date ("Fri 20 Nov 2026") is left alone.
    /// </summary>
    public static string RangeTitle(DateRange range, TimeZoneInfo zone)
    {
        string label = Capitalized(range.Label);
        if (label.Any(char.IsAsciiDigit) && !label.StartsWith("Last ", StringComparison.Ordinal))
        {
            return label;
        }
        DateTimeOffset first = TimeZoneInfo.ConvertTime(range.FromUtc, zone);
        DateTimeOffset last = TimeZoneInfo.ConvertTime(range.ToUtc > range.FromUtc ? range.ToUtc.AddTicks(-1) : range.ToUtc, zone);
        string days = first.Date == last.Date
            ? first.ToString("ddd d MMM", CultureInfo.InvariantCulture)
            : first.ToString("d MMM", CultureInfo.InvariantCulture) + " – " + last.ToString("d MMM", CultureInfo.InvariantCulture);
        return label.Length == 0 ? days : label + ", " + days;
    }

    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Count(int count, string singular, string plural) =>
        count.ToString("#,##0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
