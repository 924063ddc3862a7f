namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// "Undo" on the result card: deletes the draft <paramref name="InvoiceId"/> of run <paramref name="RunId"/>.
/// </summary>
/// <param name="InvoiceId">The Business Central id of the draft sales invoice.</param>
/// <param name="RunId">The run whose result card is redrawn afterwards.</param>
public sealed record UndoInvoiceActionData(Guid InvoiceId, Guid RunId) : CardActionData(CardVerbs.InvoiceUndo)
{
    // A card lists at most a few dozen drafts; more than this did not come from our card.
    private const int MaxUndone = 200;

    /// <summary>Drafts of the run already undone on this card, so the redrawn card keeps showing them as undone.</summary>
    public IReadOnlyList<Guid> Undone { get; init; } = [];

    /// <summary>The list the result card's "Back" button shows, when the run started from a list.</summary>
    public BookingListQuery? Query { get; init; }

    public bool Equals(UndoInvoiceActionData? other) =>
        base.Equals(other) && InvoiceId == other.InvoiceId && RunId == other.RunId && Query == other.Query
        && Undone.SequenceEqual(other.Undone);

    public override int GetHashCode() => HashCode.Combine(InvoiceId, RunId);

    protected internal override bool IsValid() =>
        InvoiceId != Guid.Empty && RunId != Guid.Empty && Undone.Count <= MaxUndone && Query?.IsValid() != false;
}
