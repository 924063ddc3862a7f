namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// "Invoice all": every uninvoiced booking of <paramref name="Query"/> (all pages), not just the ticked ones.
/// Carries the query, not the ids: a month of appointment ids would not fit in a 28 KB card.
/// </summary>
public sealed record InvoiceAllActionData(BookingListQuery Query, Guid RunId) : CardActionData(CardVerbs.InvoiceAll)
{
    protected internal override bool IsValid() => Query.IsValid() && RunId != Guid.Empty;
}
