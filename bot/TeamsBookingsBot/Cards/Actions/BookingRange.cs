namespace TeamsBookingsBot.Cards.Actions;

/// <summary>A period named on a button; the handler resolves it in the business's time zone.</summary>
public enum BookingRange
{
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
}
