namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}
