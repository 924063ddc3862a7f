using System.Runtime.CompilerServices;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox.Graph;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// The sandbox business read in process, without HTTP: what the sandbox Graph serves (calendarView pages of 50 from its
/// index, customers left off lists for the same appointments, full by id), for syncs of thousands of appointments whose
/// subject is the store. The real Graph client over the sandbox is covered by <see cref="SyncBookingsSandboxTests"/>.
/// </summary>
internal sealed class SandboxDataBookingsSource(SandboxBookingsData data) : IBookingsSource
{
    private const int PageSize = 50;

    public async Task<IReadOnlyList<Booking>> ListAppointmentsAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct)
    {
        var all = new List<Booking>();
        await foreach (IReadOnlyList<Booking> page in ListAppointmentPagesAsync(businessId, startUtc, endUtc, ct))
        {
            all.AddRange(page);
        }
        return all;
    }

    public async IAsyncEnumerable<IReadOnlyList<Booking>> ListAppointmentPagesAsync(
        string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, [EnumeratorCancellation] CancellationToken ct)
    {
        SandboxCalendarCursor? after = null;
        do
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            (IReadOnlyList<Booking> page, after) = data.Calendar.Page(startUtc, endUtc, after, PageSize);
            yield return [.. page.Select(b => b with { BusinessId = businessId, Customers = data.HidesCustomersOnLists(b.AppointmentId) ? [] : b.Customers })];
        }
        while (after is not null);
    }

    public Task<Booking?> GetAppointmentAsync(string businessId, string appointmentId, CancellationToken ct) =>
        Task.FromResult(data.Find(appointmentId) is { } b ? b with { BusinessId = businessId } : null);

    public Task<IReadOnlyList<BookingService>> ListServicesAsync(string businessId, CancellationToken ct) => Task.FromResult(data.Services);

    public Task<IReadOnlyList<BookingsCustomerRecord>> ListCustomersAsync(string businessId, CancellationToken ct) => Task.FromResult(data.Customers);

    public Task<IReadOnlyList<StaffMember>> ListStaffMembersAsync(string businessId, CancellationToken ct) => Task.FromResult(data.Staff);

    public Task<BookingsBusiness> GetBusinessAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(new BookingsBusiness(businessId, SandboxBookingsData.BusinessName, SandboxBookingsData.TimeZoneId, SandboxBookingsData.Currency));
}
