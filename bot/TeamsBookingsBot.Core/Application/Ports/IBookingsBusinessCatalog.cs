using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>The set-up Bookings businesses, with their time zone and currency. A business belongs to one tenant.</summary>
public interface IBookingsBusinessCatalog
{
    /// <summary>Every tenant's businesses: for work that acts for no one user (the sync, its status).</summary>
    Task<IReadOnlyList<BookingsBusiness>> ListAsync(CancellationToken ct);

    /// <summary>Null when <paramref name="businessId"/> (a mailbox address, case-insensitive) is set up in no tenant.</summary>
    Task<BookingsBusiness?> FindAsync(string businessId, CancellationToken ct);

    /// <summary>The businesses set up in <paramref name="tenantId"/>, in mailbox order.</summary>
    Task<IReadOnlyList<BookingsBusiness>> ListAsync(string tenantId, CancellationToken ct);

    /// <summary>Null when <paramref name="businessId"/> (case-insensitive) is not a business of <paramref name="tenantId"/>.</summary>
    Task<BookingsBusiness?> FindAsync(string tenantId, string businessId, CancellationToken ct);
}
