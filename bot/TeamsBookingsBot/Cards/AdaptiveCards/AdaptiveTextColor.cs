namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveTextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
