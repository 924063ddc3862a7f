namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveShowCardAction(AdaptiveCard card) : AdaptiveAction
{
    public AdaptiveCard Card { get; } = card;
}
