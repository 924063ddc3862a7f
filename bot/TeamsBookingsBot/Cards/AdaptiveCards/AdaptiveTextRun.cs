using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>Plain text: unlike a TextBlock, a TextRun is never parsed as markdown, so it can quote user input.</summary>
public sealed class AdaptiveTextRun(string text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    [HostFormattedText]
    public string Text { get; } = text;

    public AdaptiveTextSize? Size { get; init; }

    public AdaptiveTextWeight? Weight { get; init; }

    public AdaptiveTextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Italic { get; init; }

    public bool Strikethrough { get; init; }

    public bool Highlight { get; init; }

    public AdaptiveFontType? FontType { get; init; }
}
