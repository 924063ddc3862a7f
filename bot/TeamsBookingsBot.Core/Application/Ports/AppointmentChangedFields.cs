namespace TeamsBookingsBot.Application.Ports;

/// <summary>Which invoicing-relevant parts of an appointment an update changed.</summary>
[Flags]
public enum AppointmentChangedFields
{
    None = 0,
    Start = 1,
    End = 2,
    Price = 4,
    Service = 8,
    Customers = 16,
    Staff = 32,
}
