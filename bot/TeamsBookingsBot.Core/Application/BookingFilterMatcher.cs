using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>Applies a <see cref="BookingFilter"/>; every given part must match.</summary>
public static class BookingFilterMatcher
{
    public static bool Matches(Booking booking, BookingFilter filter, BookingsDirectory directory) =>
        MatchesCustomer(booking, filter)
        && MatchesService(booking, filter.Service)
        && MatchesStaff(booking, filter.Staff, directory);

    private static bool MatchesCustomer(Booking booking, BookingFilter filter)
    {
        if (string.IsNullOrWhiteSpace(filter.Customer))
        {
            return true;
        }
        return filter.CustomerIsEmail
            ? booking.Customers.Any(c => TextMatch.Same(c.Email, filter.Customer))
            : booking.Customers.Any(c => TextMatch.Contains(c.Name, filter.Customer));
    }

    private static bool MatchesService(Booking booking, string? service) =>
        string.IsNullOrWhiteSpace(service)
        || TextMatch.Contains(booking.ServiceName, service)
        || TextMatch.Same(booking.ServiceId, service);

    private static bool MatchesStaff(Booking booking, string? staff, BookingsDirectory directory) =>
        string.IsNullOrWhiteSpace(staff)
        || booking.StaffMemberIds.Any(id => TextMatch.Same(id, staff) || TextMatch.Contains(directory.StaffName(id), staff));
}
