namespace TeamsBookingsBot.Cards.Actions;

public sealed record HelpActionData() : CardActionData(CardVerbs.Help);
