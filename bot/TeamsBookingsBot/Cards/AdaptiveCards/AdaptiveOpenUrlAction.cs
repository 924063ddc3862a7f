namespace TeamsBookingsBot.Cards.AdaptiveCards;

public sealed class AdaptiveOpenUrlAction(Uri url) : AdaptiveAction
{
    public Uri Url { get; } = url;
}
