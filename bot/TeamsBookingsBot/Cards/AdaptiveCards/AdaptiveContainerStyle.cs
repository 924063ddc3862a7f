namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
