namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed record AdaptiveChoice([property: HostFormattedText] string Title, string Value);
