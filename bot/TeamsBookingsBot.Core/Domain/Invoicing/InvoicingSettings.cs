namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// What the planner needs to know about the Bookings business and the BC company. A plan covers the
/// bookings of one business: its time zone labels line descriptions and its currency is the bookings' currency.
/// </summary>
public sealed record InvoicingSettings
{
    public required BookingsBusiness Business { get; init; }

    /// <summary>BC's LCY code; a customer with an empty currency code is billed in it.</summary>
    public required string CompanyCurrencyCode { get; init; }

    public GroupBookingBilling GroupBilling { get; init; } = GroupBookingBilling.PerAttendee;

    /// <summary>Null when no-show fees are not set up; a no-show marked for a fee is then a problem.</summary>
    public NoShowFee? NoShowFee { get; init; }

    /// <summary>Which line amounts need the user's confirmation before they are billed.</summary>
    public AmountCheck AmountCheck { get; init; } = AmountCheck.Default;
}
