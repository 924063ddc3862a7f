namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveColumnSet : AdaptiveElement
{
    public IList<AdaptiveColumn> Columns { get; init; } = [];

    public AdaptiveContainerStyle? Style { get; init; }

    public bool Bleed { get; init; }

    public AdaptiveHorizontalAlignment? HorizontalAlignment { get; init; }
}
