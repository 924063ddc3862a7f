using System.Text;

namespace TeamsBookingsBot.Application.Chat;

internal static class ChatTokenizer
{
    // Commands are short; the parser treats a longer message as not a command.
    public const int MaxTokens = 40;

    public static List<ChatToken> Tokenize(string text)
    {
        List<ChatToken> tokens = [];
        StringBuilder current = new();
        bool inQuotes = false;
        foreach (char c in StripMarkup(text))
        {
            if (IsQuote(c))
            {
                Flush(tokens, current, quoted: inQuotes);
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && IsSeparator(c))
            {
                Flush(tokens, current, quoted: false);
            }
            else
            {
                current.Append(c);
            }
            if (tokens.Count > MaxTokens)
            {
                return tokens;
            }
        }
        Flush(tokens, current, quoted: inQuotes);
        return tokens;
    }

    // Teams puts "<at>Bot</at>" mentions and HTML entities into message text.
    private static string StripMarkup(string text)
    {
        StringBuilder plain = new(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("<at>", StringComparison.OrdinalIgnoreCase))
            {
                int end = text.IndexOf("</at>", i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? text.Length : end + "</at>".Length;
                plain.Append(' ');
            }
            else if (text[i] == '<' && text.IndexOf('>', i) is int close and > 0)
            {
                i = close + 1;
                plain.Append(' ');
            }
            else if (text.AsSpan(i).StartsWith("&nbsp;", StringComparison.OrdinalIgnoreCase))
            {
                i += "&nbsp;".Length;
                plain.Append(' ');
            }
            else
            {
                plain.Append(text[i]);
                i++;
            }
        }
        return plain.ToString();
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is ',' or ';' or '!' or '(' or ')' or '[' or ']' or '{' or '}' or '*' or '_' or '|';

    private static void Flush(List<ChatToken> tokens, StringBuilder current, bool quoted)
    {
        string raw = current.ToString().Trim().TrimEnd('.', ':', '?');
        current.Clear();
        if (quoted)
        {
            if (raw.Length > 0)
            {
                tokens.Add(new ChatToken(raw, raw.ToLowerInvariant(), raw.ToLowerInvariant(), Quoted: true));
            }
            return;
        }
        foreach (string part in SplitDayRange(raw))
        {
            string normalized = Normalize(part);
            if (normalized.Length > 0)
            {
                tokens.Add(new ChatToken(part, normalized, ChatVocabulary.Canonical(normalized), Quoted: false));
            }
        }
    }

    // "1-15" is a day range; "2026-11-20" is an ISO date and stays whole.
    private static IEnumerable<string> SplitDayRange(string raw)
    {
        string unified = raw.Replace('\u2013', '-').Replace('\u2014', '-');
        int dash = unified.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < unified.Length - 1 && unified.Count(c => c == '-') == 1
            && unified[..dash].All(char.IsAsciiDigit) && dash <= 2)
        {
            return [unified[..dash], "-", unified[(dash + 1)..]];
        }
        return [unified];
    }

    private static string Normalize(string raw)
    {
        string lower = raw.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }
        return lower.Replace("'", "", StringComparison.Ordinal);
    }
}
