namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveTextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
