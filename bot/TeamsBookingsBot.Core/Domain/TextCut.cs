namespace TeamsBookingsBot.Domain;

/// <summary>Shortens text to a field's or a card's length without splitting a surrogate pair: half an emoji is invalid UTF-16.</summary>
public static class TextCut
{
    public const string Ellipsis = "…";

    /// <summary>At most the first <paramref name="maxLength"/> characters.</summary>
    public static string Prefix(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        if (maxLength <= 0)
        {
            return "";
        }
        return char.IsHighSurrogate(text[maxLength - 1]) ? text[..(maxLength - 1)] : text[..maxLength];
    }

    /// <summary>The text if it fits, else its start and "…" in <paramref name="maxLength"/> characters, so a reader sees it was cut.</summary>
    public static string WithEllipsis(string text, int maxLength) =>
        text.Length <= maxLength ? text : Prefix(text, maxLength - Ellipsis.Length) + Ellipsis;
}
