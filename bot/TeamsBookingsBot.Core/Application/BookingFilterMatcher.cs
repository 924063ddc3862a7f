using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application;

/// <summary>
/// Applies a <see cref="BookingFilter"/>; every given part must match. Each part is decided on one value at a time
/// (a customer, a service, a staff member), so a store can match the distinct values it holds with these very rules
/// and select the bookings that have a matching one.
/// </summary>
public static class BookingFilterMatcher
{
    public static bool Matches(Booking booking, BookingFilter filter, BookingsDirectory directory) =>
        (!filter.HasCustomer || booking.Customers.Any(c => CustomerMatches(c, filter)))
        && (!filter.HasService || ServiceMatches(booking.ServiceId, booking.ServiceName, filter.Service!))
        && (!filter.HasStaff || booking.StaffMemberIds.Any(id => StaffMatches(id, filter.Staff!, directory)));

    /// <summary>The customer part: an email equals, otherwise part of the name. Only asked when <see cref="BookingFilter.HasCustomer"/>.</summary>
    public static bool CustomerMatches(BookingCustomer customer, BookingFilter filter) =>
        filter.CustomerIsEmail ? EmailMatches(customer.Email, filter) : NameMatches(customer.Name, filter);

    public static bool EmailMatches(string? email, BookingFilter filter) => filter.CustomerIsEmail && TextMatch.Same(email, filter.Customer);

    public static bool NameMatches(string? name, BookingFilter filter) => !filter.CustomerIsEmail && TextMatch.Contains(name, filter.Customer!);

    /// <summary>Part of the service's name, or its id.</summary>
    public static bool ServiceMatches(string? serviceId, string serviceName, string service) =>
        ServiceNameMatches(serviceName, service) || ServiceIdMatches(serviceId, service);

    public static bool ServiceNameMatches(string serviceName, string service) => TextMatch.Contains(serviceName, service);

    public static bool ServiceIdMatches(string? serviceId, string service) => TextMatch.Same(serviceId, service);

    /// <summary>The staff member's id, or part of their name.</summary>
    public static bool StaffMatches(string staffMemberId, string staff, BookingsDirectory directory) =>
        TextMatch.Same(staffMemberId, staff) || TextMatch.Contains(directory.StaffName(staffMemberId), staff);
}
