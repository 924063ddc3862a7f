namespace TeamsBookingsBot.Cards.Actions;

public sealed record SyncStatusActionData() : CardActionData(CardVerbs.SyncStatus);
