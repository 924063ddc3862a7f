namespace TeamsBookingsBot.Cards;

/// <param name="NotUnderstoodText">What the user typed when it matched no command; null for a plain "help".</param>
/// <param name="Suggestions">The closest commands, best first, as the caller ranked them.</param>
public sealed record HelpCardModel(string? NotUnderstoodText, IReadOnlyList<string> Suggestions)
{
    /// <summary>The asker is an admin of the tenant: the card also teaches the setup.</summary>
    public bool ForAdmin { get; init; }

    public static HelpCardModel Plain { get; } = new(null, []);

    public static HelpCardModel NotUnderstood(string text, IReadOnlyList<string> suggestions) => new(text, suggestions);
}
