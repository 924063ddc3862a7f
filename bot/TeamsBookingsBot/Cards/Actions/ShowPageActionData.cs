namespace TeamsBookingsBot.Cards.Actions;

/// <summary>Next/previous page, and "Back" from a preview: shows <paramref name="Query"/> again, freshly computed.</summary>
/// <param name="ReadyToInvoice">The list was asked for as "invoice ..." and keeps that wording and button order.</param>
public sealed record ShowPageActionData(BookingListQuery Query, bool ReadyToInvoice = false) : CardActionData(CardVerbs.ShowPage)
{
    protected internal override bool IsValid() => Query.IsValid();
}
