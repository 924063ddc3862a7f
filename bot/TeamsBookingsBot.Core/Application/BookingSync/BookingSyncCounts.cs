namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>
/// What one sync did. <see cref="DetailRequests"/> counts per-appointment GETs (made only for new or changed
/// appointments whose list entry had no customers); a sync with no changes makes none.
/// </summary>
public sealed record BookingSyncCounts(
    int AppointmentsSeen,
    int Added,
    int Updated,
    int Unchanged,
    int Cancelled,
    int Restored,
    int DetailRequests,
    int Services,
    int Customers,
    int StaffMembers)
{
    public static BookingSyncCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
