using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>What pressing a card button does to the conversation. Cards are rendered once, when the result is made.</summary>
public abstract record CardActionResult
{
    private CardActionResult()
    {
    }

    /// <summary>The pressed card is replaced in place (e.g. the list by its preview).</summary>
    public sealed record ReplaceCard(RenderedCard Card) : CardActionResult;

    /// <summary>A new card is posted; the pressed card stays. <paramref name="Acknowledgement"/> is the short Action.Execute answer.</summary>
    public sealed record PostCard(RenderedCard Card, string Acknowledgement) : CardActionResult;

    /// <summary>A short message; the pressed card stays.</summary>
    public sealed record Message(string Text) : CardActionResult;
}
