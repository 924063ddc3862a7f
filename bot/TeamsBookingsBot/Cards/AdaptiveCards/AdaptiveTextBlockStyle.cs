namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveTextBlockStyle
{
    Default,
    Heading,
}
