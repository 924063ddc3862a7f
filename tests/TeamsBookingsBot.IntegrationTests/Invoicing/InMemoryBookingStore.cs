using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Invoicing;

/// <summary>The synced booking copy and the business catalog, in memory: the sync builds the real ones.</summary>
internal sealed class InMemoryBookingStore(BookingsBusiness business) : IBookingStore, IBookingsBusinessCatalog
{
    private readonly ConcurrentDictionary<string, Booking> _bookings = new(StringComparer.Ordinal);

    public void Add(params Booking[] bookings)
    {
        foreach (Booking booking in bookings)
        {
            _bookings[booking.AppointmentId] = booking;
        }
    }

    public Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. _bookings.Values.Where(b => b.BusinessId == businessId && b.StartUtc >= fromUtc && b.StartUtc < toUtc).OrderBy(b => b.StartUtc)]);

    public Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. appointmentIds.Distinct().Select(id => _bookings.GetValueOrDefault(id))
            .OfType<Booking>().Where(b => b.BusinessId == businessId).OrderBy(b => b.StartUtc)]);

    public Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<BookingsBusiness>>([business]);

    public Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct) =>
        Task.FromResult(string.Equals(businessId, business.Id, StringComparison.OrdinalIgnoreCase) ? business : null);

    // The one tenant the test or benchmark talks in.
    public Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct) => ListAsync(ct);

    public Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct) => FindAsync(businessId, ct);
}
