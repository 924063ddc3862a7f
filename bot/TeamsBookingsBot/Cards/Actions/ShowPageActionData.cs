namespace TeamsBookingsBot.Cards.Actions;

/// <summary>Next/previous page, and "Back" from a preview: shows <paramref name="Query"/> again, freshly computed.</summary>
public sealed record ShowPageActionData(BookingListQuery Query) : CardActionData(CardVerbs.ShowPage)
{
    protected internal override bool IsValid() => Query.IsValid();
}
