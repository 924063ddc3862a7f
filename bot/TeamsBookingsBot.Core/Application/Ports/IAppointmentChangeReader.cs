namespace TeamsBookingsBot.Application.Ports;

/// <summary>Changes the sync recorded to stored appointments; joined with the ledger for "changed after invoicing".</summary>
public interface IAppointmentChangeReader
{
    /// <summary>Changes of a business detected at or after <paramref name="sinceUtc"/>, oldest first.</summary>
    Task<IReadOnlyList<AppointmentChange>> ListSinceAsync(string businessId, DateTimeOffset sinceUtc, CancellationToken ct);

    /// <summary>Every recorded change of these appointments, oldest first.</summary>
    Task<IReadOnlyList<AppointmentChange>> ListForAppointmentsAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct);
}
