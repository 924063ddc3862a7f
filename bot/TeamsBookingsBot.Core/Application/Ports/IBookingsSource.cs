using System.Runtime.CompilerServices;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Reads a Microsoft Bookings business (Graph v1.0 in production, the sandbox in development).
/// <paramref name="businessId"/> everywhere is the booking mailbox's SMTP address.
/// Every method throws <see cref="BookingsSourceException"/> for a known remote failure
/// (access refused, throttled after retries, business not found, Graph unavailable).
/// </summary>
public interface IBookingsSource
{
    /// <summary>
    /// Every appointment overlapping [<paramref name="startUtc"/>, <paramref name="endUtc"/>) (Graph's
    /// calendarView), following every page. Graph's list responses may leave <see cref="Booking.Customers"/>
    /// empty even when the appointment has customers; use <see cref="GetAppointmentAsync"/> to get them.
    /// Customers taken from Graph's legacy single-customer fields have a null CustomerId.
    /// </summary>
    Task<IReadOnlyList<Booking>> ListAppointmentsAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct);

    /// <summary>
    /// The same appointments as <see cref="ListAppointmentsAsync"/>, page by page as Graph sends them, so a caller can
    /// start on the first page while the next is fetched. The default yields the whole list as one page.
    /// </summary>
    async IAsyncEnumerable<IReadOnlyList<Booking>> ListAppointmentPagesAsync(
        string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return await ListAppointmentsAsync(businessId, startUtc, endUtc, ct);
    }

    /// <summary>One appointment by id, with its customers filled; null when Graph says it does not exist.</summary>
    Task<Booking?> GetAppointmentAsync(string businessId, string appointmentId, CancellationToken ct);

    /// <summary>The business's services (all pages).</summary>
    Task<IReadOnlyList<BookingService>> ListServicesAsync(string businessId, CancellationToken ct);

    /// <summary>The business's customer list (all pages). Emails may repeat.</summary>
    Task<IReadOnlyList<BookingsCustomerRecord>> ListCustomersAsync(string businessId, CancellationToken ct);

    /// <summary>The business's staff members (all pages).</summary>
    Task<IReadOnlyList<StaffMember>> ListStaffMembersAsync(string businessId, CancellationToken ct);

    /// <summary>
    /// The business's display name and currency from Graph. Graph v1.0 has no time zone on a business,
    /// so <see cref="BookingsBusiness.TimeZoneId"/> comes from configuration.
    /// </summary>
    Task<BookingsBusiness> GetBusinessAsync(string businessId, CancellationToken ct);
}
