using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>A list card that fits Teams' size limit: the model it shows (its page possibly made smaller) and the card, rendered once.</summary>
public sealed record FittedListCard(UninvoicedBookingsCardModel Model, RenderedCard Card);
