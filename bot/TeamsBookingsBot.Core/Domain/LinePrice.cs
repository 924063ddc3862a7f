namespace TeamsBookingsBot.Domain;

/// <summary>What one invoice line for one attendee of a booking will say, or why it cannot be priced yet.</summary>
public abstract record LinePrice
{
    private LinePrice()
    {
    }

    public sealed record Known(decimal Quantity, decimal UnitPrice, decimal Amount) : LinePrice;

    /// <summary>startingAt, priceVaries, callUs, notSet, undefined: the user must give the price on the card.</summary>
    public sealed record Needed(BookingPriceType PriceType) : LinePrice;
}
