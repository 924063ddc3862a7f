namespace TeamsBookingsBot.Domain;

/// <summary>
/// The one pricing rule shared by the uninvoiced list and the invoice planner, so the totals a card shows
/// equal the drafts Business Central gets. Unlike BC, which always billed hours × price, it branches on the
/// price type: a 30-minute fixed-price booking is billed its price, not half of it.
/// </summary>
/// <remarks>
/// The amount is rounded once, at the end, exactly as BC's sales line computes it from what the bot sends:
/// Round(Quantity × "Unit Price", amount precision). The unit price goes to BC as Bookings has it (45.555 stays
/// 45.555), so 90 minutes at 45.555 per hour is 1.5 × 45.555 = 68.33 on the card and in BC alike.
/// </remarks>
public static class InvoiceLinePricing
{
    /// <summary>BC's Quantity has 0:5 decimal places (the default quantity rounding precision 0.00001).</summary>
    public const int QuantityDecimals = 5;

    /// <summary>BC's default amount rounding precision, 0.01.</summary>
    public const int AmountDecimals = 2;

    public static LinePrice For(Booking booking)
    {
        // Nothing to bill needs no attention, whatever its times say.
        if (booking.PriceType == BookingPriceType.Free
            || (booking.PriceType is BookingPriceType.FixedPrice or BookingPriceType.Hourly && booking.Price == 0))
        {
            return new LinePrice.Free();
        }
        if (booking.EndUtc <= booking.StartUtc)
        {
            return new LinePrice.InvalidTimes();
        }
        return booking.PriceType switch
        {
            BookingPriceType.FixedPrice => Priced(1m, booking.Price),
            BookingPriceType.Hourly => Priced(HoursOf(booking), booking.Price),
            _ => new LinePrice.Needed(booking.PriceType),
        };
    }

    /// <summary>An amount typed on the card: one unit at that amount.</summary>
    public static LinePrice ForTypedAmount(decimal amount) => Priced(1m, amount);

    /// <summary>Quantity × unit price, rounded once to BC's amount precision (half away from zero, as BC's Round).</summary>
    public static decimal Amount(decimal quantity, decimal unitPrice) =>
        Math.Round(quantity * unitPrice, AmountDecimals, MidpointRounding.AwayFromZero);

    private static LinePrice Priced(decimal quantity, decimal unitPrice)
    {
        if (unitPrice < 0)
        {
            return new LinePrice.Negative(unitPrice);
        }
        decimal amount = Amount(quantity, unitPrice);
        return amount == 0 ? new LinePrice.Free() : new LinePrice.Known(quantity, unitPrice, amount);
    }

    // BC's quantity was (end − start) in hours; Graph's duration can be missing, the two instants cannot.
    private static decimal HoursOf(Booking booking) =>
        Math.Round((decimal)(booking.EndUtc - booking.StartUtc).Ticks / TimeSpan.TicksPerHour, QuantityDecimals, MidpointRounding.AwayFromZero);
}
