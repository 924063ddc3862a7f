namespace TeamsBookingsBot.Domain;

/// <summary>What one invoice line for one attendee of a booking will say, or why there is no line to bill.</summary>
public abstract record LinePrice
{
    private LinePrice()
    {
    }

    /// <summary>Billed as <see cref="Quantity"/> × <see cref="UnitPrice"/>; <see cref="Amount"/> is that product rounded once.</summary>
    public sealed record Known(decimal Quantity, decimal UnitPrice, decimal Amount) : LinePrice;

    /// <summary>Nothing to bill: a free service, or a price of zero. Never a 0.00 line.</summary>
    public sealed record Free : LinePrice;

    /// <summary>startingAt, priceVaries, callUs, notSet, undefined: the user must give the price on the card.</summary>
    public sealed record Needed(BookingPriceType PriceType) : LinePrice;

    /// <summary>Bookings holds a negative price: never billed (a credit belongs in Business Central, not on a draft).</summary>
    public sealed record Negative(decimal Price) : LinePrice;

    /// <summary>The booking does not end after it starts (e.g. a local time in the DST gap): its length is unknown.</summary>
    public sealed record InvalidTimes : LinePrice;
}
