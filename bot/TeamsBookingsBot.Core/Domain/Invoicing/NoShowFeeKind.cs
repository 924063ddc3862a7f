namespace TeamsBookingsBot.Domain.Invoicing;

public enum NoShowFeeKind
{
    /// <summary>A fixed amount in the Bookings business's currency.</summary>
    FixedAmount = 0,

    /// <summary>A percentage of what the appointment's line would have been.</summary>
    PercentageOfPrice = 1,
}
