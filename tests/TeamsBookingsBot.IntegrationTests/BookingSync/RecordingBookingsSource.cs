using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.BookingSync;

/// <summary>An empty Bookings business whose calendarView takes <see cref="Latency"/>; records when each sync listed.</summary>
internal sealed class RecordingBookingsSource : IBookingsSource
{
    private readonly ConcurrentQueue<(DateTimeOffset Start, DateTimeOffset End)> listings = new();
    private int started;

    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(300);

    public int Started => Volatile.Read(ref started);

    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Listings => [.. listings];

    public async Task<IReadOnlyList<Booking>> ListAppointmentsAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct)
    {
        Interlocked.Increment(ref started);
        DateTimeOffset start = DateTimeOffset.UtcNow;
        await Task.Delay(Latency, ct);
        listings.Enqueue((start, DateTimeOffset.UtcNow));
        return [];
    }

    public async Task WaitForListingsAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (listings.Count < count)
        {
            await Task.Delay(20, cts.Token);
        }
    }

    public async Task WaitForStartAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (Started == 0)
        {
            await Task.Delay(10, cts.Token);
        }
    }

    public Task<Booking?> GetAppointmentAsync(string businessId, string appointmentId, CancellationToken ct) => Task.FromResult<Booking?>(null);

    public Task<IReadOnlyList<BookingService>> ListServicesAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BookingService>>([]);

    public Task<IReadOnlyList<BookingsCustomerRecord>> ListCustomersAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BookingsCustomerRecord>>([]);

    public Task<IReadOnlyList<StaffMember>> ListStaffMembersAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<StaffMember>>([]);

    public Task<BookingsBusiness> GetBusinessAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(new BookingsBusiness(businessId, "Salon", "UTC", "EUR"));
}
