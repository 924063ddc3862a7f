namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// Which Bookings businesses, and so which appointments, a tenant's card actions may touch: the businesses set up in
/// that tenant (its stored settings), never another tenant's.
/// </summary>
public interface IBusinessAccess
{
    /// <summary>True when <paramref name="businessId"/> is a business this deployment serves for <paramref name="tenantId"/>.</summary>
    Task<bool> ServesAsync(string? tenantId, string businessId, CancellationToken ct);

    /// <summary>True when every id in <paramref name="appointmentIds"/> is an appointment of <paramref name="businessId"/>.</summary>
    Task<bool> HoldsAppointmentsAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct);
}
