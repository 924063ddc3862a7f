using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// <see cref="IBusinessAccess"/> per tenant: a business is served to the tenant it is set up in (its stored settings),
/// and to no other, whatever a card claims. An activity without a tenant is served nothing. Appointments belong to a
/// business when its synced store holds them.
/// </summary>
internal sealed class TenantBusinessAccess(IBookingsBusinessCatalog catalog, IBookingStore bookings) : IBusinessAccess
{
    public async Task<bool> ServesAsync(string? tenantId, string businessId, CancellationToken ct) =>
        !string.IsNullOrEmpty(tenantId) && await catalog.FindAsync(tenantId, businessId, ct) is not null;

    public async Task<bool> HoldsAppointmentsAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct)
    {
        HashSet<string> wanted = [.. appointmentIds];
        IReadOnlyList<Domain.Booking> found = await bookings.GetManyAsync(businessId, wanted, ct);
        return wanted.SetEquals(found.Select(b => b.AppointmentId));
    }
}
