using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Cards;

internal static class CardText
{
    /// <summary>Text shown exactly as given: a TextRun is never parsed as markdown, unlike a TextBlock.</summary>
    public static AdaptiveRichTextBlock Plain(string text, bool italic = false, bool subtle = false) => new()
    {
        Inlines = { new AdaptiveTextRun(text) { Italic = italic, IsSubtle = subtle } },
    };

    /// <summary>One line of user input, trimmed to <paramref name="maxLength"/> characters, control characters removed.</summary>
    public static string Quote(string userText, int maxLength)
    {
        string visible = string.Concat(userText.Select(c => char.IsControl(c) ? ' ' : c));
        string oneLine = string.Join(' ', visible.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return TextCut.WithEllipsis(oneLine, maxLength);
    }

    public static AdaptiveTextBlock Heading(string text) => new(text)
    {
        Style = AdaptiveTextBlockStyle.Heading,
        Size = AdaptiveTextSize.Large,
        Weight = AdaptiveTextWeight.Bolder,
    };

    public static AdaptiveTextBlock Section(string text) => new(text)
    {
        Weight = AdaptiveTextWeight.Bolder,
        Spacing = AdaptiveSpacing.Medium,
    };
}
