namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveRichTextBlock : AdaptiveElement
{
    public IList<AdaptiveTextRun> Inlines { get; init; } = [];

    public AdaptiveHorizontalAlignment? HorizontalAlignment { get; init; }
}
