namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}
