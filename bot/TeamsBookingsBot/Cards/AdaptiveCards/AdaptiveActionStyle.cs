namespace TeamsBookingsBot.Cards.AdaptiveCards;

// Teams ignores positive/destructive styling (teams-check warns), but other hosts honour it.
public enum AdaptiveActionStyle
{
    Default,
    Positive,
    Destructive,
}
