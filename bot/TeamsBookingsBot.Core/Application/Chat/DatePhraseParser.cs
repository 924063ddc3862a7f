using System.Globalization;
using TeamsBookingsBot.Domain;
using static TeamsBookingsBot.Application.Chat.ChatVocabulary;
using static TeamsBookingsBot.Application.Chat.PartialDateReader;

namespace TeamsBookingsBot.Application.Chat;

/// <summary>
/// Reads a date phrase starting at a token into whole days of <c>zone</c> (the business's), as UTC bounds; "today"
/// is the date the user is living. Days are half-open [first 00:00, day after last 00:00), so DST days are 23 or
/// 25 hours long.
/// </summary>
internal sealed class DatePhraseParser(DateOnly today, TimeZoneInfo zone)
{
    private const int MaxDays = 3660;

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["fourteen"] = 14, ["thirty"] = 30,
    };

    public bool TryParse(IReadOnlyList<ChatToken> t, int i, out DateRange? range, out int next)
    {
        int j = i;
        if (WordAt(t, j) is On or For or In or Of)
        {
            j++;
        }
        if (NormalizedAt(t, j) == "the")
        {
            j++;
        }
        return TryCore(t, j, out range, out next);
    }

    /// <summary>The default window when the message names no dates: the sync window's last <paramref name="days"/> days.</summary>
    public DateRange LastDays(int days) => Days(today.AddDays(1 - days), today.AddDays(1), $"last {days} days")!;

    private bool TryCore(IReadOnlyList<ChatToken> t, int j, out DateRange? range, out int next)
    {
        range = null;
        next = j + 1;
        string word = WordAt(t, j);
        switch (word)
        {
            case Today:
                range = Days(today, today.AddDays(1), "today");
                return true;
            case Yesterday:
                range = Days(today.AddDays(-1), today, "yesterday");
                return true;
            case This:
                return TryThis(t, j + 1, out range, out next);
            case Last:
                return TryLast(t, j + 1, out range, out next);
            case Since:
                return TrySince(t, j + 1, out range, out next);
            case Between:
                return TryExplicit(t, j + 1, openEnded: false, out range, out next);
            case From:
                return TryExplicit(t, j + 1, openEnded: true, out range, out next) || TrySince(t, j + 1, out range, out next);
        }
        if (IsWeekday(word, out DayOfWeek weekday))
        {
            DateOnly day = OnOrBefore(today, weekday);
            range = Days(day, day.AddDays(1), Label(day));
            return true;
        }
        if (IsMonth(word, out int month) && !IsDayNumber(NormalizedAt(t, j + 1), out _))
        {
            return TryWholeMonth(t, j, month, out range, out next);
        }
        return TryExplicit(t, j, openEnded: false, out range, out next);
    }

    private bool TryThis(IReadOnlyList<ChatToken> t, int j, out DateRange? range, out int next)
    {
        next = j + 1;
        DateOnly monday = WeekStart(today);
        string word = WordAt(t, j);
        range = word switch
        {
            Week => Days(monday, monday.AddDays(7), "this week"),
            Month => Days(MonthStart(today), MonthStart(today).AddMonths(1), "this month"),
            _ when IsWeekday(word, out DayOfWeek weekday) => OneDay(monday.AddDays(((int)weekday + 6) % 7)),
            _ => null,
        };
        return range is not null;
    }

    private bool TryLast(IReadOnlyList<ChatToken> t, int j, out DateRange? range, out int next)
    {
        next = j + 1;
        range = null;
        string word = WordAt(t, j);
        DateOnly monday = WeekStart(today);
        if (word == Week)
        {
            range = Days(monday.AddDays(-7), monday, "last week");
        }
        else if (word == Month)
        {
            range = Days(MonthStart(today).AddMonths(-1), MonthStart(today), "last month");
        }
        else if (IsWeekday(word, out DayOfWeek weekday))
        {
            range = OneDay(OnOrBefore(today.AddDays(-1), weekday));
        }
        else if (IsCount(NormalizedAt(t, j), out int count) && WordAt(t, j + 1) is Day or Week)
        {
            next = j + 2;
            int days = WordAt(t, j + 1) == Week ? count * 7 : count;
            string unit = WordAt(t, j + 1) == Week ? (count == 1 ? "week" : "weeks") : (count == 1 ? "day" : "days");
            range = days <= MaxDays ? Days(today.AddDays(1 - days), today.AddDays(1), $"last {count} {unit}") : null;
        }
        return range is not null;
    }

    private bool TrySince(IReadOnlyList<ChatToken> t, int j, out DateRange? range, out int next)
    {
        range = null;
        next = j + 1;
        string word = WordAt(t, j);
        DateOnly? from = word switch
        {
            Today => today,
            Yesterday => today.AddDays(-1),
            Last when IsWeekday(WordAt(t, j + 1), out DayOfWeek lastDay) => OnOrBefore(today.AddDays(-1), lastDay),
            _ when IsWeekday(word, out DayOfWeek weekday) => OnOrBefore(today, weekday),
            _ => null,
        };
        if (word == Last && from is not null)
        {
            next = j + 2;
        }
        if (from is null && TryRead(t, j, out PartialDate? partial, out next) && Resolve(partial!, today) is DateOnly date)
        {
            from = date;
        }
        if (from is null)
        {
            return false;
        }
        range = Days(from.Value, today.AddDays(1), $"since {Label(from.Value)}");
        return range is not null;
    }

    private bool TryExplicit(IReadOnlyList<ChatToken> t, int j, bool openEnded, out DateRange? range, out int next)
    {
        range = null;
        if (!TryRead(t, j, out PartialDate? first, out next))
        {
            return false;
        }
        if (WordAt(t, next) is To or And && TryRead(t, next + 1, out PartialDate? last, out int afterLast))
        {
            next = afterLast;
            range = ResolveSpan(first!, last!, today) is (DateOnly low, DateOnly high)
                ? Days(low, high.AddDays(1), $"{Label(low)} – {Label(high)}")
                : null;
            return range is not null;
        }
        if (Resolve(first!, today) is not DateOnly day)
        {
            return false;
        }
        range = openEnded ? Days(day, today.AddDays(1), $"since {Label(day)}") : OneDay(day);
        return range is not null;
    }

    private bool TryWholeMonth(IReadOnlyList<ChatToken> t, int j, int month, out DateRange? range, out int next)
    {
        range = null;
        next = j + 1;
        int year = today.Year;
        if (IsYear(NormalizedAt(t, j + 1), out int given))
        {
            year = given;
            next = j + 2;
        }
        else if (new DateOnly(year, month, 1) > today)
        {
            year--;
        }
        DateOnly first = new(year, month, 1);
        range = Days(first, first.AddMonths(1), first.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        return range is not null;
    }

    private DateRange? OneDay(DateOnly day) => Days(day, day.AddDays(1), Label(day));

    private DateRange? Days(DateOnly from, DateOnly toExclusive, string label) =>
        from < toExclusive
            ? new DateRange(LocalTimeConverter.StartOfDayUtc(from, zone), LocalTimeConverter.StartOfDayUtc(toExclusive, zone), label)
            : null;

    private static string Label(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly OnOrBefore(DateOnly day, DayOfWeek weekday) =>
        day.AddDays(-(((int)day.DayOfWeek - (int)weekday + 7) % 7));

    private static bool IsCount(string normalized, out int count) =>
        (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxDays)
        || NumberWords.TryGetValue(normalized, out count);

    private static string WordAt(IReadOnlyList<ChatToken> t, int j) => j < t.Count && !t[j].Quoted ? t[j].Word : "";

    private static string NormalizedAt(IReadOnlyList<ChatToken> t, int j) => j < t.Count && !t[j].Quoted ? t[j].Normalized : "";
}
