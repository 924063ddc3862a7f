namespace TeamsBookingsBot.Cards.AdaptiveCards;

public enum AdaptiveTextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}
