namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveAssociatedInputs
{
    Auto,
    None,
}
