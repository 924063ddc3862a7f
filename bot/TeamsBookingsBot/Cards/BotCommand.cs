namespace TeamsBookingsBot.Cards;

/// <param name="Text">What the user types, e.g. "sync now".</param>
/// <param name="Description">One short sentence on what happens.</param>
public sealed record BotCommand(string Text, string Description);
