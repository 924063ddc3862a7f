using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Today's <see cref="IBusinessAccess"/>: one deployment, one set of configured businesses (<c>Graph:Businesses</c>),
/// served to every tenant the door admits (<c>Bot:AllowedTenants</c>, or the single-tenant bot's own tenant).
/// Appointments belong to a business when its synced store holds them.
/// </summary>
internal sealed class ConfiguredBusinessAccess(IBookingsBusinessCatalog catalog, IBookingStore bookings) : IBusinessAccess
{
    public async Task<bool> ServesAsync(string? tenantId, string businessId, CancellationToken ct) =>
        await catalog.FindAsync(businessId, ct) is not null;

    public async Task<bool> HoldsAppointmentsAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        HashSet<string> wanted = [.. appointmentIds];
        IReadOnlyList<Domain.Booking> found = await bookings.GetManyAsync(businessId, wanted, ct);
        return wanted.SetEquals(found.Select(b => b.AppointmentId));
    }
}
