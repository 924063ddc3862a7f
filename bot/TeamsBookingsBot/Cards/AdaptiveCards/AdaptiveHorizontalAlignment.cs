namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveHorizontalAlignment
{
    Left,
    Center,
    Right,
}
