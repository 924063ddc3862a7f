using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Storage;

/// <summary>The booking store with each business's staff names kept in memory (<see cref="SyncedLookup{T}"/>); bookings are always read.</summary>
internal sealed class CachedBookingStore(IBookingStore store, SyncedLookup<IReadOnlyDictionary<string, string>> staffNames) : IBookingStore
{
    public Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct) =>
        store.ListAsync(businessId, fromUtc, toUtc, ct);

    public Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct) =>
        store.GetManyAsync(businessId, appointmentIds, ct);

    public Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct) =>
        staffNames.GetAsync(BookingSql.Key(businessId), [businessId], c => store.GetStaffNamesAsync(businessId, c), _ => true, ct);
}
