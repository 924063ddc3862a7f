using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>Graph's list against the store: what to write as listed, fetch by id, stamp as seen, cancel or restore.</summary>
internal sealed record SyncPlan(
    IReadOnlyList<Booking> Complete,
    IReadOnlyList<Booking> NeedCustomers,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> ChangedIds,
    IReadOnlyList<AppointmentChange> Cancellations,
    IReadOnlyList<AppointmentChange> Restorations)
{
    public static SyncPlan Build(
        string businessId, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to,
        IEnumerable<Booking> listed, IReadOnlyDictionary<string, StoredAppointmentState> stored)
    {
        var complete = new List<Booking>();
        var needCustomers = new List<Booking>();
        var unchanged = new List<string>();
        var changedIds = new List<string>();
        var restorations = new List<AppointmentChange>();
        var listedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Booking booking in listed)
        {
            listedIds.Add(booking.AppointmentId);
            if (stored.TryGetValue(booking.AppointmentId, out StoredAppointmentState? state))
            {
                if (AppointmentDiff.SameInstant(state.LastUpdatedUtc, booking.LastUpdatedUtc))
                {
                    // Unchanged: no GET, and the stored customers stay (the list may show none).
                    if (state.CancelledUtc is null)
                    {
                        unchanged.Add(booking.AppointmentId);
                    }
                    else
                    {
                        restorations.Add(AppointmentDiff.Restored(businessId, state, now));
                    }
                    continue;
                }
                changedIds.Add(booking.AppointmentId);
            }
            (booking.Customers.Count == 0 ? needCustomers : complete).Add(booking);
        }
        // Graph has no status: an appointment that disappears before it ended was cancelled (or deleted). One that
        // already ended stays as it was: it may be invoiced, and Graph's window edges are not a cancellation.
        AppointmentChange[] cancellations = stored.Values
            .Where(s => s.CancelledUtc is null && s.EndUtc > now && s.StartUtc < to && s.EndUtc > from && !listedIds.Contains(s.AppointmentId))
            .OrderBy(s => s.StartUtc)
            .Select(s => AppointmentDiff.Cancelled(businessId, s, now))
            .ToArray();
        return new SyncPlan(complete, needCustomers, unchanged, changedIds, cancellations, restorations);
    }
}
