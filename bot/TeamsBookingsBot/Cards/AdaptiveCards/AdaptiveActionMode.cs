namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveActionMode
{
    Primary,
    Secondary,
}
