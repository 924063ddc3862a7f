namespace TeamsBookingsBot.Application.Setup;

public enum ConnectionCheckArea
{
    Bookings,
    BusinessCentral,
}
