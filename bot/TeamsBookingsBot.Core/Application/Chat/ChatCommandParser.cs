using TeamsBookingsBot.Domain;
using static TeamsBookingsBot.Application.Chat.ChatVocabulary;

namespace TeamsBookingsBot.Application.Chat;

/// <summary>
/// Understands chat messages such as "invoice yesterday's bookings" or "show unbilled bookings for Contoso
/// last week". Forgiving about typos and casing, strict about leftovers: a word it cannot place makes the
/// whole message Unknown rather than silently widening the list. Never throws.
/// </summary>
public static class ChatCommandParser
{
    /// <summary>Without a date phrase the range is the last 35 days up to today: the sync window.</summary>
    public const int DefaultRangeDays = 35;

    /// <summary>"export audit log" without a date phrase covers the last 30 local days up to today.</summary>
    public const int DefaultAuditRangeDays = 30;

    private const int MaxTextLength = 300;

    private enum Intent { Show, Uninvoiced, Invoiced, Invoice, Create, Sync, Status, When, Help, Bookings, Last, Now, Export, Audit, Log, Setup }

    /// <summary>Parses with one zone for both "now" and the days (a user in the business's zone).</summary>
    public static ChatCommand Parse(string? text, DateTimeOffset now, TimeZoneInfo zone) => Parse(text, now, zone, zone);

    /// <param name="text">The message with or without Teams mention markup.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="userZone">The user's zone (Teams localTimezone, else the business's): only which date today is.</param>
    /// <param name="businessZone">
    /// The business's zone: the days a phrase names ("yesterday", "on 25 Oct", "last week") are its calendar days, midnight
    /// to midnight, because bookings belong to the business's day.
    /// </param>
    public static ChatCommand Parse(string? text, DateTimeOffset now, TimeZoneInfo userZone, TimeZoneInfo businessZone)
    {
        string message = text ?? "";
        string trimmed = message.Trim();
        if (trimmed == "?")
        {
            return new ChatCommand.Help();
        }
        if (trimmed.Length == 0 || trimmed.Length > MaxTextLength)
        {
            return Unknown(trimmed);
        }
        List<ChatToken> tokens = ChatTokenizer.Tokenize(trimmed);
        if (tokens.Count == 0 || tokens.Count > ChatTokenizer.MaxTokens)
        {
            return Unknown(trimmed);
        }
        if (PeopleCommandReader.TryRead(tokens) is { } people)
        {
            return people;
        }
        DatePhraseParser dates = new(LocalTimeConverter.LocalDate(now, userZone), businessZone);
        Reading reading = Read(tokens, dates);
        return Decide(reading, trimmed, dates);
    }

    private sealed class Reading
    {
        public List<Intent> Intents { get; } = [];
        public DateRange? Range { get; set; }
        public bool RangeGivenTwice { get; set; }
        public BookingFilter Filter { get; set; } = BookingFilter.None;
        public bool HasLeftover { get; set; }
    }

    private static Reading Read(List<ChatToken> tokens, DatePhraseParser dates)
    {
        Reading reading = new();
        int i = 0;
        while (i < tokens.Count)
        {
            if (dates.TryParse(tokens, i, out DateRange? range, out int afterDate))
            {
                reading.RangeGivenTwice |= reading.Range is not null;
                reading.Range = range;
                i = afterDate;
            }
            else if (FilterPhrase.TryRead(tokens, i, dates, reading.Filter, out BookingFilter filter, out int afterFilter))
            {
                reading.Filter = filter;
                i = afterFilter;
            }
            else
            {
                i = ReadWord(tokens, i, reading);
            }
        }
        return reading;
    }

    private static int ReadWord(List<ChatToken> tokens, int i, Reading reading)
    {
        ChatToken token = tokens[i];
        if (token.Quoted)
        {
            reading.HasLeftover = true;
            return i + 1;
        }
        if (token.Word == Not)
        {
            int j = i + 1;
            while (j < tokens.Count && tokens[j].Word == Noise)
            {
                j++;
            }
            if (j < tokens.Count && tokens[j].Word is Invoiced or Invoice)
            {
                reading.Intents.Add(Intent.Uninvoiced);
                return j + 1;
            }
            reading.HasLeftover = true;
            return i + 1;
        }
        Intent? intent = token.Word switch
        {
            Show => Intent.Show,
            Uninvoiced => Intent.Uninvoiced,
            Invoiced => Intent.Invoiced,
            Invoice => Intent.Invoice,
            Create => Intent.Create,
            Sync => Intent.Sync,
            Status => Intent.Status,
            When => Intent.When,
            Help => Intent.Help,
            Bookings => Intent.Bookings,
            Last => Intent.Last,
            Now => Intent.Now,
            Export => Intent.Export,
            Audit => Intent.Audit,
            Log => Intent.Log,
            SetUp => Intent.Setup,
            _ => null,
        };
        if (intent is Intent found)
        {
            reading.Intents.Add(found);
        }
        else if (token.Word is not (Noise or And or Of or In or On or For))
        {
            reading.HasLeftover = true;
        }
        return i + 1;
    }

    private static ChatCommand Decide(Reading reading, string text, DatePhraseParser dates)
    {
        List<Intent> intents = reading.Intents;
        if (intents.Contains(Intent.Help) || IsHelpQuestion(text))
        {
            return new ChatCommand.Help();
        }
        if (intents.Contains(Intent.Setup))
        {
            bool onlySetup = intents.All(i => i is Intent.Setup or Intent.Show or Intent.Bookings or Intent.Sync)
                && !reading.HasLeftover && reading.Range is null && reading.Filter.IsEmpty;
            return onlySetup ? new ChatCommand.Setup() : Unknown(text);
        }
        if (reading.HasLeftover || reading.RangeGivenTwice || intents.Contains(Intent.Invoiced))
        {
            return Unknown(text);
        }
        if (intents.Contains(Intent.Audit) || intents.Contains(Intent.Export) || intents.Contains(Intent.Log))
        {
            return DecideAudit(reading, text, dates);
        }
        if (intents.Contains(Intent.Sync))
        {
            return intents.Contains(Intent.Status) || intents.Contains(Intent.When) || intents.Contains(Intent.Last)
                ? new ChatCommand.SyncStatus()
                : new ChatCommand.SyncNow();
        }
        if (intents.Contains(Intent.Status))
        {
            return intents.Count == 1 && reading.Range is null && reading.Filter.IsEmpty ? new ChatCommand.SyncStatus() : Unknown(text);
        }
        if (intents.Contains(Intent.Last) || intents.Contains(Intent.When) || (intents.Contains(Intent.Create) && !intents.Contains(Intent.Invoice)))
        {
            return Unknown(text);
        }
        DateRange range = reading.Range ?? dates.LastDays(DefaultRangeDays);
        Intent? first = intents.Cast<Intent?>().FirstOrDefault(x => x is Intent.Invoice or Intent.Uninvoiced or Intent.Show);
        if (first == Intent.Invoice)
        {
            return new ChatCommand.InvoiceBookings(range, reading.Filter);
        }
        bool understood = first is not null || intents.Contains(Intent.Bookings) || reading.Range is not null || !reading.Filter.IsEmpty;
        return understood ? new ChatCommand.ShowUninvoiced(range, reading.Filter) : Unknown(text);
    }

    // Only "audit" names the log: "export bookings" or "sync log" must not export it by accident.
    private static ChatCommand DecideAudit(Reading reading, string text, DatePhraseParser dates)
    {
        bool onlyAuditWords = reading.Intents.All(i => i is Intent.Export or Intent.Audit or Intent.Log or Intent.Show);
        if (!reading.Intents.Contains(Intent.Audit) || !onlyAuditWords || !reading.Filter.IsEmpty)
        {
            return Unknown(text);
        }
        return new ChatCommand.ExportAudit(reading.Range ?? dates.LastDays(DefaultAuditRangeDays));
    }

    private static bool IsHelpQuestion(string text)
    {
        string lower = text.ToLowerInvariant();
        return lower.StartsWith("what can you", StringComparison.Ordinal) || lower.StartsWith("what do you do", StringComparison.Ordinal);
    }

    private static ChatCommand.Unknown Unknown(string text) => new(Shorten(text), ChatCommandSuggestions.Closest(text));

    // Cards echo the text; never cut an emoji's surrogate pair in half.
    private static string Shorten(string text)
    {
        if (text.Length <= MaxTextLength)
        {
            return text;
        }
        int cut = char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
        return text[..cut];
    }
}
