namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveFontType
{
    Default,
    Monospace,
}
