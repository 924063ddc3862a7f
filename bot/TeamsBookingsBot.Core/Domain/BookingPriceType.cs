namespace TeamsBookingsBot.Domain;

/// <summary>Graph's bookingPriceType, with the same names and values (v1.0 CSDL).</summary>
public enum BookingPriceType
{
    Undefined = 0,
    FixedPrice = 1,
    StartingAt = 2,
    Hourly = 3,
    Free = 4,
    PriceVaries = 5,
    CallUs = 6,
    NotSet = 7,
    UnknownFutureValue = 8,
}
