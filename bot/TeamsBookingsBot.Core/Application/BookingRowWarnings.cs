namespace TeamsBookingsBot.Application;

/// <summary>What a card must say next to a row; several can apply.</summary>
[Flags]
public enum BookingRowWarnings
{
    None = 0,

    /// <summary>No amount yet (startingAt, priceVaries, callUs, notSet, undefined); left out of the totals.</summary>
    PriceNeeded = 1,

    /// <summary>The service says the price varies or is a "starting at" price; implies <see cref="PriceNeeded"/>.</summary>
    PriceVaries = 2,

    /// <summary>No customer on the appointment; BC refused such rows, the invoicer must ask for one.</summary>
    NoCustomer = 4,

    /// <summary>Listed only because cancelled bookings were asked for.</summary>
    Cancelled = 8,

    /// <summary>Some attendees of this group booking are already invoiced; the amount covers the rest.</summary>
    PartiallyInvoiced = 16,

    /// <summary>The booking's business is not configured, so its currency is unknown; left out of the totals.</summary>
    CurrencyUnknown = 32,
}
