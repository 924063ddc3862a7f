using System.Globalization;
using static TeamsBookingsBot.Application.Chat.ChatVocabulary;

namespace TeamsBookingsBot.Application.Chat;

internal static class PartialDateReader
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;

    public static bool TryRead(IReadOnlyList<ChatToken> t, int j, out PartialDate? date, out int next)
    {
        date = null;
        next = j + 1;
        string normalized = NormalizedAt(t, j);
        if (DateOnly.TryParseExact(normalized, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly iso))
        {
            date = new PartialDate(iso.Day, iso.Month, iso.Year);
            return true;
        }
        if (IsDayNumber(normalized, out int day))
        {
            int k = WordAt(t, j + 1) == Of ? j + 2 : j + 1;
            if (!IsMonth(WordAt(t, k), out int month))
            {
                date = new PartialDate(day, null, null);
                return true;
            }
            next = k + 1;
            date = new PartialDate(day, month, ReadYear(t, ref next));
            return true;
        }
        if (IsMonth(WordAt(t, j), out int monthFirst) && IsDayNumber(NormalizedAt(t, j + 1), out int dayAfter))
        {
            next = j + 2;
            date = new PartialDate(dayAfter, monthFirst, ReadYear(t, ref next));
            return true;
        }
        return false;
    }

    // A date without a year is the most recent one not in the future: "20 Dec" typed in January is last year's.
    public static DateOnly? Resolve(PartialDate date, DateOnly today)
    {
        if (date.Day is not int day || date.Month is not int month)
        {
            return null;
        }
        if (date.Year is int year)
        {
            return Create(year, month, day);
        }
        for (int candidate = today.Year; candidate >= today.Year - 8; candidate--)
        {
            if (Create(candidate, month, day) is DateOnly resolved && resolved <= today)
            {
                return resolved;
            }
        }
        return null;
    }

    // "between 1 and 15 Nov" shares the month; the start follows the not-in-the-future rule and the end
    // follows the start, so "from 20 Dec to 5 Jan" typed in January spans the new year.
    public static (DateOnly Low, DateOnly High)? ResolveSpan(PartialDate first, PartialDate last, DateOnly today)
    {
        PartialDate start = first.Month is null ? first with { Month = last.Month } : first;
        PartialDate end = last.Month is null ? last with { Month = start.Month, Year = last.Year ?? start.Year } : last;
        if (end.Day is not int endDay || end.Month is not int endMonth)
        {
            return null;
        }
        DateOnly? to = end.Year is int endYear ? Create(endYear, endMonth, endDay) : null;
        DateOnly? from = Resolve(start, today);
        if (start.Year is null && to is DateOnly fixedEnd && start.Day is int startDay && start.Month is int startMonth)
        {
            from = Create(fixedEnd.Year, startMonth, startDay) is DateOnly sameYear && sameYear <= fixedEnd
                ? sameYear
                : Create(fixedEnd.Year - 1, startMonth, startDay);
        }
        if (from is DateOnly resolvedFrom && end.Year is null)
        {
            to = Create(resolvedFrom.Year, endMonth, endDay) is DateOnly sameYear && sameYear >= resolvedFrom
                ? sameYear
                : Create(resolvedFrom.Year + 1, endMonth, endDay);
        }
        if (from is not DateOnly a || to is not DateOnly b)
        {
            return null;
        }
        return a <= b ? (a, b) : (b, a);
    }

    public static bool IsDayNumber(string normalized, out int day)
    {
        string digits = normalized.Length > 2 && normalized[^2..] is "st" or "nd" or "rd" or "th" ? normalized[..^2] : normalized;
        day = 0;
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    public static bool IsYear(string normalized, out int year)
    {
        year = 0;
        return normalized.Length == 4 && normalized.All(char.IsAsciiDigit)
            && int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;
    }

    private static int? ReadYear(IReadOnlyList<ChatToken> t, ref int next)
    {
        if (!IsYear(NormalizedAt(t, next), out int year))
        {
            return null;
        }
        next++;
        return year;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static string WordAt(IReadOnlyList<ChatToken> t, int j) => j < t.Count && !t[j].Quoted ? t[j].Word : "";

    private static string NormalizedAt(IReadOnlyList<ChatToken> t, int j) => j < t.Count && !t[j].Quoted ? t[j].Normalized : "";
}
