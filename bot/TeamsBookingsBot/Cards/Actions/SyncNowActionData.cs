namespace TeamsBookingsBot.Cards.Actions;

public sealed record SyncNowActionData() : CardActionData(CardVerbs.SyncNow);
