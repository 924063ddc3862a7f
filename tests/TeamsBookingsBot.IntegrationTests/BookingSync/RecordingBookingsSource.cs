using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Testing;

namespace TeamsBookingsBot.BookingSync;

/// <summary>
/// An empty Bookings business that counts its calendarView listings and how many ran at once. A held source keeps
/// every listing waiting until <see cref="Release"/>, so a test decides when a sync may finish instead of racing a delay.
/// </summary>
internal sealed class RecordingBookingsSource : IBookingsSource
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int inFlight;
    private int maxInFlight;

    public RecordingBookingsSource(bool held = false)
    {
        if (!held)
        {
            released.SetResult();
        }
    }

    /// <summary>The business of each calendarView listing, as it starts.</summary>
    public Observed<string> ListingsStarted { get; } = new();

    public Observed<string> ListingsFinished { get; } = new();

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public void Release() => released.TrySetResult();

    public async Task<IReadOnlyList<Booking>> ListAppointmentsAsync(string businessId, DateTimeOffset startUtc, DateTimeOffset endUtc, CancellationToken ct)
    {
        int now = Interlocked.Increment(ref inFlight);
        InterlockedMax(ref maxInFlight, now);
        ListingsStarted.Add(businessId);
        try
        {
            await released.Task.WaitAsync(ct);
            return [];
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
            ListingsFinished.Add(businessId);
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

    private static void InterlockedMax(ref int target, int value)
    {
        int seen = Volatile.Read(ref target);
        while (value > seen)
        {
            int previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }
            seen = previous;
        }
    }
}
