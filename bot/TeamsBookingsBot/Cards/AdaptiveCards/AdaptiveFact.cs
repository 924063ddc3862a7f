namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed record AdaptiveFact([property: HostFormattedText] string Title, [property: HostFormattedText] string Value);
