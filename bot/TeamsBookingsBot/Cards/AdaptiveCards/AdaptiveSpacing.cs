namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveSpacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
