namespace TeamsBookingsBot.Application.Setup;

/// <summary>The Bookings businesses Graph shows the app in a tenant.</summary>
public interface IBookingsBusinessDirectory
{
    /// <summary>Throws <see cref="Ports.BookingsSourceException"/> when Graph fails.</summary>
    Task<IReadOnlyList<BookingsBusinessListing>> ListAsync(string tenantId, CancellationToken ct);
}
