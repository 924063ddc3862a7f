namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed record AdaptiveChoice(string Title, string Value);
