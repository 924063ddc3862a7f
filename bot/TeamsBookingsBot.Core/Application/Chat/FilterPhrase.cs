using TeamsBookingsBot.Domain;
using static TeamsBookingsBot.Application.Chat.ChatVocabulary;

namespace TeamsBookingsBot.Application.Chat;

/// <summary>
/// "for Contoso", "for bob@contoso.com", "for service Haircut", "by staff Anna", "staff Anna", "with Anna".
/// A value runs until the next keyword or date phrase; quotes keep keywords inside a value.
/// </summary>
internal static class FilterPhrase
{
    private enum Kind { Customer, Service, Staff }

    public static bool TryRead(
        IReadOnlyList<ChatToken> t, int i, DatePhraseParser dates, BookingFilter current, out BookingFilter filter, out int next)
    {
        filter = current;
        next = i + 1;
        if (!TryKind(t, i, out Kind kind, out int valueStart)
            || !TryValue(t, valueStart, dates, out string? value, out next))
        {
            return false;
        }
        filter = kind switch
        {
            Kind.Service => current with { Service = value },
            Kind.Staff => current with { Staff = value },
            _ => current with { Customer = value },
        };
        return true;
    }

    private static bool TryKind(IReadOnlyList<ChatToken> t, int i, out Kind kind, out int valueStart)
    {
        string word = WordAt(t, i);
        string after = WordAt(t, i + 1);
        valueStart = i + 1;
        kind = Kind.Customer;
        switch (word)
        {
            case For or By or With when ExplicitKind(after) is Kind explicitKind:
                kind = explicitKind;
                valueStart = SkipSecondStaffWord(t, i + 2, explicitKind);
                return true;
            case For:
                return true;
            case By or With:
                kind = Kind.Staff;
                return true;
        }
        if (ExplicitKind(word) is Kind named)
        {
            kind = named;
            valueStart = SkipSecondStaffWord(t, i + 1, named);
            return true;
        }
        return false;
    }

    private static Kind? ExplicitKind(string word) => word switch
    {
        Customer => Kind.Customer,
        Service => Kind.Service,
        Staff => Kind.Staff,
        _ => null,
    };

    // "staff member Anna": "member" is a staff word too.
    private static int SkipSecondStaffWord(IReadOnlyList<ChatToken> t, int j, Kind kind) =>
        kind == Kind.Staff && WordAt(t, j) == Staff ? j + 1 : j;

    private static bool TryValue(IReadOnlyList<ChatToken> t, int j, DatePhraseParser dates, out string? value, out int next)
    {
        value = null;
        next = j;
        if (j >= t.Count || (!t[j].Quoted && CannotStartValue(t[j])))
        {
            return false;
        }
        List<string> parts = [t[j].Raw];
        next = j + 1;
        if (t[j].Quoted || t[j].IsEmail)
        {
            value = parts[0];
            return true;
        }
        while (next < t.Count && !t[next].Quoted && !t[next].IsEmail && !IsStructural(t[next]) && !dates.TryParse(t, next, out _, out _))
        {
            parts.Add(t[next].Raw);
            next++;
        }
        value = string.Join(' ', parts).Trim('\'', '\u2019');
        return value.Length > 0;
    }

    // Only exact keywords end a value: a customer called "Todd" must not be read as a typo of "today".
    private static bool IsStructural(ChatToken token) =>
        ExactCanonical(token.Normalized) is For or By or With or Staff or Customer or Service or Show or Uninvoiced
            or Invoiced or Invoice or Not or Bookings or Since or From or Between or On or In or Today or Yesterday
            or This or Last or To or And or Noise or Sync or Help or Now;

    // The first word after "for" is a name even when it is also a keyword ("for Bill"), unless it starts another filter.
    private static bool CannotStartValue(ChatToken token) =>
        ExactCanonical(token.Normalized) is For or By or With or Staff or Customer or Service or Noise or And or To;

    private static string WordAt(IReadOnlyList<ChatToken> t, int j) => j < t.Count && !t[j].Quoted ? t[j].Word : "";
}
