namespace TeamsBookingsBot.Cards;

/// <param name="Title">The button's title on the list card, e.g. "Mark as invoiced".</param>
/// <param name="Description">When to press it and what happens, in a bookkeeper's words.</param>
public sealed record ListButton(string Title, string Description);
