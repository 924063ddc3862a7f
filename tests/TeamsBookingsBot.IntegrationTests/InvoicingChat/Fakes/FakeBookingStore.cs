using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.InvoicingChat.Fakes;

internal sealed class FakeBookingStore : IBookingStore
{
    public List<Booking> Bookings { get; } = [];

    public Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. Bookings
            .Where(b => b.BusinessId == businessId && b.StartUtc >= fromUtc && b.StartUtc < toUtc)
            .OrderBy(b => b.StartUtc)]);

    public Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Booking>>([.. Bookings.Where(b => b.BusinessId == businessId && appointmentIds.Contains(b.AppointmentId))]);

    public Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
}
