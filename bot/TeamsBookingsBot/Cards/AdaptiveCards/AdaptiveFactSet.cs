namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveFactSet : AdaptiveElement
{
    public IList<AdaptiveFact> Facts { get; init; } = [];
}
