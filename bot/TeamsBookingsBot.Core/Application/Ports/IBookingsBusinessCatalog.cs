using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>The configured Bookings businesses, with their time zone and currency.</summary>
public interface IBookingsBusinessCatalog
{
    Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct);

    /// <summary>Null when <paramref name="businessId"/> (a mailbox address, case-insensitive) is not configured.</summary>
    Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct);
}
