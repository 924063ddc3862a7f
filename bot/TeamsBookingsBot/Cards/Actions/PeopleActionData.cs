namespace TeamsBookingsBot.Cards.Actions;

/// <summary>"People" (and the people card's Refresh): the people card of this conversation.</summary>
public sealed record PeopleActionData() : CardActionData(CardVerbs.People);
