using System.Text;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>
/// Adaptive Card hosts, Teams among them, replace <c>{{DATE(2017-02-14T06:08:39Z, SHORT)}}</c> and
/// <c>{{TIME(...)}}</c> in text with a date of the reader's locale (Learn, "Adaptive Cards text features",
/// date/time formatting). The syntax has no escape; its rules say the braces must touch ("no spaces between the
/// {{, }}, or parentheses", else "the raw string is shown"). So a WORD JOINER (U+2060: invisible, no line break)
/// goes between every two opening braces, and the characters show as typed.
/// </summary>
public static class LiteralText
{
    public const char WordJoiner = '\u2060';

    public static string Of(string text)
    {
        int first = text.IndexOf("{{", StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }
        var literal = new StringBuilder(text.Length + 4).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            literal.Append(text[i]);
            if (text[i] == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append(WordJoiner);
            }
        }
        return literal.ToString();
    }
}
