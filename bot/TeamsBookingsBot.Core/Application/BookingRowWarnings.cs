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

    /// <summary>Listed only because cancelled bookings were asked for; never billed.</summary>
    Cancelled = 8,

    /// <summary>Some attendees of this group booking are already invoiced; the amount covers the rest.</summary>
    PartiallyInvoiced = 16,

    /// <summary>The booking's business is not configured, so its currency is unknown; left out of the totals.</summary>
    CurrencyUnknown = 32,

    /// <summary>Bookings holds a negative price; never billed until fixed or an amount is typed.</summary>
    NegativePrice = 64,

    /// <summary>The booking does not end after it starts; never billed until fixed or an amount is typed.</summary>
    InvalidTimes = 128,

    /// <summary>The amount is unusually high: billed only once confirmed on the preview, so not in the totals yet.</summary>
    UnusualAmount = 256,

    /// <summary>Nothing to bill (a free service or a zero price); listed only when free bookings were asked for.</summary>
    Free = 512,

    /// <summary>A customer has neither an id nor an email in Bookings, so Business Central cannot find them.</summary>
    CustomerUnidentified = 1024,

    /// <summary>The booking names no service id, so no Business Central item can bill it.</summary>
    ServiceUnknown = 2048,
}
