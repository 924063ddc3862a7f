namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveImageStyle
{
    Default,
    Person,
}
