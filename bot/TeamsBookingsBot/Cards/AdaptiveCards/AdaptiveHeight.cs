namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveHeight
{
    Auto,
    Stretch,
}
