using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// The bot's local copy of Microsoft Bookings appointments (kept by the sync). Reads never call Graph.
/// </summary>
public interface IBookingStore
{
    /// <summary>Appointments of a business starting in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), cancelled ones included, ordered by start.</summary>
    Task<IReadOnlyList<Booking>> ListAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct);

    /// <summary>The stored appointments with these ids (unknown ids are left out), ordered by start.</summary>
    Task<IReadOnlyList<Booking>> GetManyAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct);

    /// <summary>Staff member id to display name, for filters and cards.</summary>
    Task<IReadOnlyDictionary<string, string>> GetStaffNamesAsync(string businessId, CancellationToken ct);
}
