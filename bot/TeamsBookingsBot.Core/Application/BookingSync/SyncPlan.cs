using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>One page of Graph's list against the store: what to write as listed, fetch by id, stamp as seen or restore.</summary>
internal sealed record SyncPlan(
    IReadOnlyList<Booking> Complete,
    IReadOnlyList<Booking> NeedCustomers,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> ChangedIds,
    IReadOnlyList<AppointmentChange> Restorations)
{
    public static SyncPlan Classify(
        string businessId, DateTimeOffset now, IEnumerable<Booking> page, IReadOnlyDictionary<string, StoredAppointmentState> stored)
    {
        var complete = new List<Booking>();
        var needCustomers = new List<Booking>();
        var unchanged = new List<string>();
        var changedIds = new List<string>();
        var restorations = new List<AppointmentChange>();
        foreach (Booking booking in page)
        {
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
        return new SyncPlan(complete, needCustomers, unchanged, changedIds, restorations);
    }

    /// <summary>
    /// Graph has no status: a stored appointment in the window that the complete list no longer has, and that had not
    /// ended, was cancelled (or deleted). One that already ended stays as it was: it may be invoiced.
    /// </summary>
    public static IReadOnlyList<AppointmentChange> Cancellations(
        string businessId, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to,
        IEnumerable<StoredAppointmentState> stored, IReadOnlySet<string> listedIds) =>
        stored
            .Where(s => s.CancelledUtc is null && s.EndUtc > now && s.StartUtc < to && s.EndUtc > from && !listedIds.Contains(s.AppointmentId))
            .OrderBy(s => s.StartUtc)
            .Select(s => AppointmentDiff.Cancelled(businessId, s, now))
            .ToArray();
}
