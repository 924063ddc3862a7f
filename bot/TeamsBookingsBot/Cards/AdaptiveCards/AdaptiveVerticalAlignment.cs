namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveVerticalAlignment
{
    Top,
    Center,
    Bottom,
}
