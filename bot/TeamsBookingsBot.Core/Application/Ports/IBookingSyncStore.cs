using TeamsBookingsBot.Application.BookingSync;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Ports;

/// <summary>
/// The write side of the local Bookings copy, used only by the sync. Business ids compare case-insensitively.
/// Every method is idempotent, so a re-fired or recovered sync may repeat any of them, and writes nothing that is
/// stored already: an unchanged appointment is never handed over, and unchanged reference lists cost a read.
/// </summary>
public interface IBookingSyncStore
{
    /// <summary>Records a sync run as running; returns its id for <see cref="FinishRunAsync"/>.</summary>
    Task<long> StartRunAsync(string businessId, DateTimeOffset startedUtc, CancellationToken ct);

    /// <summary>Records how the run ended (counts so far, and the plain-words error when it failed).</summary>
    Task FinishRunAsync(long runId, BookingSyncResult result, CancellationToken ct);

    /// <summary>Display name, zone and currency as last learned (Graph's business plus configuration).</summary>
    Task UpsertBusinessAsync(BookingsBusiness business, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>Writes the services that are new or differ from the stored ones (the customers and staff lists alike).</summary>
    Task UpsertServicesAsync(string businessId, IReadOnlyList<BookingService> services, DateTimeOffset nowUtc, CancellationToken ct);

    Task UpsertCustomersAsync(string businessId, IReadOnlyList<BookingsCustomerRecord> customers, DateTimeOffset nowUtc, CancellationToken ct);

    Task UpsertStaffAsync(string businessId, IReadOnlyList<StaffMember> staff, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>What the sync needs to know of every stored appointment overlapping [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), cancelled ones included.</summary>
    Task<IReadOnlyList<StoredAppointmentState>> GetSyncSnapshotAsync(string businessId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct);

    /// <summary>The same for these ids wherever they lie in time (unknown ids are left out).</summary>
    Task<IReadOnlyList<StoredAppointmentState>> GetSyncStatesAsync(string businessId, IReadOnlyCollection<string> appointmentIds, CancellationToken ct);

    /// <summary>
    /// Inserts or replaces the appointments (customers included; a replaced appointment is no longer cancelled)
    /// and records <paramref name="changes"/>, all in one transaction: a change is never lost to a crash
    /// between storing the new version and recording what changed.
    /// </summary>
    Task SaveAppointmentsAsync(string businessId, IReadOnlyList<Booking> bookings, IReadOnlyList<AppointmentChange> changes, DateTimeOffset nowUtc, CancellationToken ct);

    /// <summary>
    /// Applies <see cref="AppointmentChangeKind.Cancelled"/> (sets the cancelled time) and
    /// <see cref="AppointmentChangeKind.Restored"/> (clears it) changes and records them, in one transaction.
    /// </summary>
    Task SetCancellationAsync(string businessId, IReadOnlyList<AppointmentChange> changes, DateTimeOffset nowUtc, CancellationToken ct);
}
