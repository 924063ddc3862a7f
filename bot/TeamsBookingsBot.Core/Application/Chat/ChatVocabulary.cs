namespace TeamsBookingsBot.Application.Chat;

/// <summary>
/// Every word the parser understands, mapped to one canonical word. Typos are forgiven by edit distance,
/// but only towards this list, so customer names after "for" are never "corrected".
/// </summary>
internal static class ChatVocabulary
{
    public const string Show = "show", Uninvoiced = "uninvoiced", Invoiced = "invoiced", Invoice = "invoice",
        Create = "create", Not = "not", Bookings = "bookings", Noise = "~noise", Today = "today",
        Yesterday = "yesterday", This = "this", Last = "last", Week = "week", Month = "month", Day = "day",
        Since = "since", From = "from", To = "to", Between = "between", And = "and", On = "on", In = "in",
        Of = "of", For = "for", By = "by", With = "with", Staff = "staff", Customer = "customer",
        Service = "service", Sync = "sync", Status = "status", When = "when", Now = "now", Help = "help",
        Export = "export", Audit = "audit", Log = "log", SetUp = "setup";

    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[][] WeekdayShortNames =
        [["mon"], ["tue", "tues"], ["wed", "weds"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]];

    private static readonly string[][] MonthShortNames =
        [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"]];

    // Insertion order breaks ties between equally distant typos.
    private static readonly (string Alias, string Canonical)[] Entries = Build();

    private static readonly Dictionary<string, string> Exact = BuildExact();

    public static string Canonical(string normalized)
    {
        if (Exact.TryGetValue(normalized, out string? canonical))
        {
            return canonical;
        }
        if (normalized.Length is < 4 or > 24 || !normalized.All(char.IsAsciiLetterLower))
        {
            return normalized;
        }
        int allowed = EditDistance.AllowedTypos(normalized.Length);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach ((string alias, string target) in Entries)
        {
            if (alias.Length < 4 || Math.Abs(alias.Length - normalized.Length) > allowed)
            {
                continue;
            }
            int distance = EditDistance.Between(normalized, alias);
            if (distance <= allowed && distance < bestDistance)
            {
                best = target;
                bestDistance = distance;
            }
        }
        return best ?? normalized;
    }

    public static string? ExactCanonical(string normalized) =>
        Exact.TryGetValue(normalized, out string? canonical) ? canonical : null;

    public static bool IsWeekday(string word, out DayOfWeek day)
    {
        int index = Array.IndexOf(Weekdays, word);
        day = index < 0 ? default : (DayOfWeek)((index + 1) % 7);
        return index >= 0;
    }

    public static bool IsMonth(string word, out int month)
    {
        month = Array.IndexOf(Months, word) + 1;
        return month > 0;
    }

    private static Dictionary<string, string> BuildExact()
    {
        Dictionary<string, string> exact = new(StringComparer.Ordinal);
        foreach ((string alias, string canonical) in Entries)
        {
            exact.TryAdd(alias, canonical);
        }
        return exact;
    }

    private static (string, string)[] Build()
    {
        List<(string, string)> entries = [];
        void Add(string canonical, params string[] aliases)
        {
            entries.Add((canonical, canonical));
            entries.AddRange(aliases.Select(a => (a, canonical)));
        }

        Add(Uninvoiced, "unbilled", "noninvoiced", "non-invoiced", "un-invoiced", "outstanding", "pending", "uninvoice");
        Add(Invoiced, "billed");
        Add(Invoice, "invoices", "invoicing", "bill", "bills", "billing");
        Add(Show, "list", "display", "find", "get", "see", "view", "give", "whats", "what", "which");
        Add(Create, "make", "raise", "generate", "draft", "drafts", "prepare");
        Add(Not, "havent", "hasnt", "arent", "isnt", "wasnt", "werent", "never", "without");
        Add(Bookings, "booking", "appointments", "appointment", "appts", "appt", "sessions", "session", "visits");
        Add(Today, "tdy");
        Add(Yesterday, "yday");
        Add(This, "current");
        Add(Last, "past", "previous", "prev");
        Add(Week, "weeks", "wk", "wks");
        Add(Month, "months");
        Add(Day, "days");
        Add(Since);
        Add(From);
        Add(To, "until", "till", "til", "through", "thru", "-");
        Add(Between);
        Add(And, "&");
        Add(On);
        Add(In, "during", "over", "within");
        Add(Of);
        Add(For);
        Add(By);
        Add(With);
        Add(Staff, "staffmember", "employee", "stylist", "member");
        Add(Customer, "customers", "client", "clients");
        Add(Service, "services");
        Add(Sync, "synchronize", "synchronise", "synch", "resync", "refresh", "reload", "update");
        Add(Status, "state", "health");
        Add(When);
        Add(Now);
        Add(Help, "commands", "command", "usage", "how", "?");
        Add(Export, "download", "csv");
        Add(Audit, "audits", "auditlog", "audit-log");
        Add(Log, "logs", "trail", "history");
        Add(SetUp, "set", "settings", "configure", "config", "configuration", "connect");
        Add(Noise, "the", "me", "my", "all", "please", "pls", "any", "there", "that", "those", "these", "a", "an",
            "our", "us", "i", "can", "you", "yet", "been", "have", "has", "are", "is", "were", "was", "still",
            "hey", "hi", "hello", "bot", "ok", "okay", "just", "do", "did", "done", "up", "again", "thanks");
        for (int i = 0; i < Weekdays.Length; i++)
        {
            Add(Weekdays[i], WeekdayShortNames[i]);
        }
        for (int i = 0; i < Months.Length; i++)
        {
            Add(Months[i], MonthShortNames[i]);
        }
        return [.. entries];
    }
}
