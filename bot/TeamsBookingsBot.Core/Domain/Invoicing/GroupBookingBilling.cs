namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>Who pays for an appointment with several attendees.</summary>
public enum GroupBookingBilling
{
    /// <summary>Every attendee gets a line on their own customer's invoice.</summary>
    PerAttendee = 0,

    /// <summary>
    /// The first listed customer's invoice gets one line per attendee (named in the description).
    /// One line per attendee rather than a quantity keeps one ledger key per line, so a partly
    /// invoiced group bills only the rest, and an hourly line's quantity stays the hours.
    /// </summary>
    FirstCustomerPaysAll = 1,
}
