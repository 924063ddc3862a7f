namespace TeamsBookingsBot.Cards;

public sealed record BotCommandGroup(string Name, IReadOnlyList<BotCommand> Commands);
