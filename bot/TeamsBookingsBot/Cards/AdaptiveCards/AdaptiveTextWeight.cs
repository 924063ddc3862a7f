namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveTextWeight
{
    Default,
    Lighter,
    Bolder,
}
