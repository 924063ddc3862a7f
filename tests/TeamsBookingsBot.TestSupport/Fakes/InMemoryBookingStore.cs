using System.Collections.Concurrent;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Testing.Fakes;

/// <summary>The bot's booking store, in memory; counts reads so tests can tell a reload from a re-page.</summary>
public sealed class InMemoryBookingStore : IBookingStore
{
    private readonly ConcurrentDictionary<string, Booking> bookings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> staffNames = new(StringComparer.Ordinal);
    private int listCalls;

    public int ListCalls => listCalls;

    public InMemoryBookingStore Add(params Booking[] added)
    {
        foreach (Booking booking in added)
        {
            bookings[booking.BusinessId + "/" + booking.AppointmentId] = booking;
        }
        return this;
    }

    public InMemoryBookingStore Staff(string id, string name)
    {
        staffNames[id] = name;
        return this;
    }

    public Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        Interlocked.Increment(ref listCalls);
        IReadOnlyList<Booking> found = [.. bookings.Values
            .Where(b => string.Equals(b.BusinessId, businessId, StringComparison.OrdinalIgnoreCase) && b.StartUtc >= fromUtc && b.StartUtc < toUtc)
            .OrderBy(b => b.StartUtc)];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        IReadOnlyList<Booking> found = [.. bookings.Values
            .Where(b => string.Equals(b.BusinessId, businessId, StringComparison.OrdinalIgnoreCase) && appointmentIds.Contains(b.AppointmentId))
            .OrderBy(b => b.StartUtc)];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(staffNames));
}
