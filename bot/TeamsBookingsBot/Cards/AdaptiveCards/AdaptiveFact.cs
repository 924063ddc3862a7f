namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed record AdaptiveFact(string Title, string Value);
