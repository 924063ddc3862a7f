namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveTextBlock(string text) : AdaptiveElement
{
    // Teams renders a markdown subset here: never put user-supplied text in a TextBlock (use a TextRun).
    [HostFormattedText]
    public string Text { get; } = text;

    public AdaptiveTextSize? Size { get; init; }

    public AdaptiveTextWeight? Weight { get; init; }

    public AdaptiveTextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    public int MaxLines { get; init; }

    public AdaptiveTextBlockStyle? Style { get; init; }

    public AdaptiveFontType? FontType { get; init; }

    public AdaptiveHorizontalAlignment? HorizontalAlignment { get; init; }
}
