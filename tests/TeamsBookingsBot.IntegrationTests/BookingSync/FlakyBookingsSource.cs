using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.BookingSync;

/// <summary>The real source, except that per-appointment GETs fail once <see cref="FailAfterDetailGets"/> have been made.</summary>
internal sealed class FlakyBookingsSource(IBookingsSource inner, int failAfterDetailGets) : IBookingsSource
{
    public const string FailureMessage = "Microsoft Graph did not answer for the Bookings mailbox (HTTP 503): try again later.";

    private int detailGets;

    public int FailAfterDetailGets => failAfterDetailGets;

    public Task<IReadOnlyList<Booking>> ListAppointmentsAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct) =>
        inner.ListAppointmentsAsync(businessId, startUtc, endUtc, ct);

    public IAsyncEnumerable<IReadOnlyList<Booking>> ListAppointmentPagesAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct) =>
        inner.ListAppointmentPagesAsync(businessId, startUtc, endUtc, ct);

    public Task<Booking?> GetAppointmentAsync(string businessId, string appointmentId, CancellationToken ct) =>
        Interlocked.Increment(ref detailGets) > failAfterDetailGets
            ? throw new BookingsSourceException(businessId, BookingsSourceFailure.Unavailable, FailureMessage, 503)
            : inner.GetAppointmentAsync(businessId, appointmentId, ct);

    public Task<IReadOnlyList<BookingService>> ListServicesAsync(string businessId, CancellationToken ct) => inner.ListServicesAsync(businessId, ct);

    public Task<IReadOnlyList<BookingsCustomerRecord>> ListCustomersAsync(string businessId, CancellationToken ct) => inner.ListCustomersAsync(businessId, ct);

    public Task<IReadOnlyList<StaffMember>> ListStaffMembersAsync(string businessId, CancellationToken ct) => inner.ListStaffMembersAsync(businessId, ct);

    public Task<BookingsBusiness> GetBusinessAsync(string businessId, CancellationToken ct) => inner.GetBusinessAsync(businessId, ct);
}
