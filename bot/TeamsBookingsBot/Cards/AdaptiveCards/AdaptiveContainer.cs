namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveContainer : AdaptiveElement
{
    public IList<AdaptiveElement> Items { get; init; } = [];

    public AdaptiveContainerStyle? Style { get; init; }

    public bool Bleed { get; init; }

    public AdaptiveVerticalAlignment? VerticalContentAlignment { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}
