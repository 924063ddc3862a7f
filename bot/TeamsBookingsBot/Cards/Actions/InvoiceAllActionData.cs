namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// "Invoice all": every uninvoiced booking of <paramref name="Query"/> (all pages), not just the ticked ones.
/// Carries the query, not the ids: a month of appointment ids would not fit in a 28 KB card.
/// <see cref="Count"/> is how many bookings the user saw and agreed to: when the list has grown beyond a few
/// bookings since, the bot shows the preview instead of creating drafts nobody confirmed.
/// </summary>
public sealed record InvoiceAllActionData(BookingListQuery Query, Guid RunId) : CardActionData(CardVerbs.InvoiceAll)
{
    public int? Count { get; init; }

    protected internal override bool IsValid() => Query.IsValid() && RunId != Guid.Empty && Count is null or >= 0;
}
