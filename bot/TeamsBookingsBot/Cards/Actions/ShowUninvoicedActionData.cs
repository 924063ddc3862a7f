namespace TeamsBookingsBot.Cards.Actions;

/// <param name="Range">The period to list.</param>
/// <param name="Customer">A customer name filter as the user typed it, or null for all customers.</param>
public sealed record ShowUninvoicedActionData(BookingRange Range, string? Customer = null)
    : CardActionData(CardVerbs.ShowUninvoiced)
{
    protected internal override bool IsValid() => Enum.IsDefined(Range) && Customer is not { Length: 0 or > 200 };
}
