using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Benchmarks;

/// <summary>The synced bookings of one business, in memory: the benchmark measures invoicing, not the sync.</summary>
internal sealed class InvoiceBenchmarkBookings(BookingsBusiness business, IReadOnlyList<Booking> bookings) : IBookingStore, IBookingsBusinessCatalog
{
    private readonly Dictionary<string, Booking> _byId = bookings.ToDictionary(b => b.AppointmentId, StringComparer.Ordinal);

    public Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. bookings.Where(b => b.StartUtc >= fromUtc && b.StartUtc < toUtc)]);

    public Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. appointmentIds.Select(id => _byId.GetValueOrDefault(id)).OfType<Booking>().OrderBy(b => b.StartUtc)]);

    public Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BookingsBusiness>>([business]);

    public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) => Task.FromResult<BookingsBusiness?>(business);

    // The one tenant the test or benchmark talks in.
    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct) => ListAsync(ct);

    public Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct) => FindAsync(businessId, ct);
}
