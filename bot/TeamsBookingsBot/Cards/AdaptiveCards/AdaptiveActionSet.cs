namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveActionSet : AdaptiveElement
{
    public IList<AdaptiveAction> Actions { get; init; } = [];
}
