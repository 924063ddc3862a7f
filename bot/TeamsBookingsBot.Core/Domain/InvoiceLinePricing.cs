namespace TeamsBookingsBot.Domain;

/// <summary>
/// The one pricing rule shared by the uninvoiced list and the invoice planner, so the totals a card shows
/// equal the drafts Business Central gets. Unlike BC, which always billed hours × price, it branches on the
/// price type: a 30-minute fixed-price booking is billed its price, not half of it.
/// </summary>
public static class InvoiceLinePricing
{
    // Business Central's default precisions: quantities to 0.00001, amounts to 0.01.
    private const int QuantityDecimals = 5;
    private const int AmountDecimals = 2;

    public static LinePrice For(Booking booking)
    {
        switch (booking.PriceType)
        {
            case BookingPriceType.FixedPrice:
                return new LinePrice.Known(1m, booking.Price, RoundAmount(booking.Price));
            case BookingPriceType.Free:
                return new LinePrice.Known(1m, 0m, 0m);
            case BookingPriceType.Hourly:
                decimal hours = Math.Round(HoursOf(booking), QuantityDecimals, MidpointRounding.AwayFromZero);
                return new LinePrice.Known(hours, booking.Price, RoundAmount(hours * booking.Price));
            default:
                return new LinePrice.Needed(booking.PriceType);
        }
    }

    // BC's quantity was (end − start) in hours; Graph's duration can be missing, the two instants cannot.
    private static decimal HoursOf(Booking booking) =>
        (decimal)(booking.EndUtc - booking.StartUtc).Ticks / TimeSpan.TicksPerHour;

    private static decimal RoundAmount(decimal amount) =>
        Math.Round(amount, AmountDecimals, MidpointRounding.AwayFromZero);
}
