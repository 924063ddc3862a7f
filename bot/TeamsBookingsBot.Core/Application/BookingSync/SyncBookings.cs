using System.Collections.Concurrent;
using System.Threading.Channels;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.BookingSync;

/// <summary>
/// Copies one Bookings business into the local store: appointments in the window around now (calendarView),
/// plus services, customers and staff. Graph's lists may leave customers empty, so a new or changed appointment
/// listed without customers is fetched by id; an unchanged one never is (its stored customers are kept). Graph has
/// no status field: a stored appointment missing from the list before it ended is marked cancelled.
/// New and changed appointments are written in batches of <see cref="BookingSyncSettings.WriteBatchSize"/> as they
/// arrive (hundreds per transaction), so a sync that fails part way keeps what it stored and the next one fetches only
/// what is still new or changed; a sync that finds nothing changed writes nothing but its run record.
/// </summary>
public sealed class SyncBookings(
    IBookingsSource source, IBookingStore bookings, IBookingSyncStore store, TimeProvider time, BookingSyncSettings settings)
{
    public const string InternalError = "The sync stopped on an internal error; the bot's log has the details.";
    public const string Stopped = "The sync was stopped before it finished (the bot was shutting down).";

    public async Task<BookingSyncResult> RunAsync(string businessId, CancellationToken ct)
    {
        DateTimeOffset started = time.GetUtcNow();
        long runId = await store.StartRunAsync(businessId, started, ct);
        var progress = new SyncProgress();
        BookingSyncResult result;
        try
        {
            await SyncAsync(businessId, started, progress, ct);
            result = new BookingSyncResult(businessId, started, time.GetUtcNow(), progress.Snapshot());
        }
        catch (BookingsSourceException ex)
        {
            result = new BookingSyncResult(businessId, started, time.GetUtcNow(), progress.Snapshot(), ex.Message, ex.Failure);
        }
        catch (Exception ex)
        {
            // Not a known remote failure: record the run as failed in words a user can take, then let it surface.
            string error = ex is OperationCanceledException && ct.IsCancellationRequested ? Stopped : InternalError;
            await store.FinishRunAsync(runId, new BookingSyncResult(businessId, started, time.GetUtcNow(), progress.Snapshot(), error), CancellationToken.None);
            throw;
        }
        await store.FinishRunAsync(runId, result, CancellationToken.None);
        return result;
    }

    private async Task SyncAsync(string businessId, DateTimeOffset now, SyncProgress progress, CancellationToken ct)
    {
        (DateTimeOffset from, DateTimeOffset to) = settings.WindowAround(now);
        Dictionary<string, StoredAppointmentState> stored = (await store.GetSyncSnapshotAsync(businessId, from, to, ct))
            .ToDictionary(s => s.AppointmentId, StringComparer.Ordinal);
        var before = new ConcurrentDictionary<string, Booking>(StringComparer.Ordinal);
        Channel<Booking> toFetch = Channel.CreateUnbounded<Booking>();
        Channel<Booking> complete = Channel.CreateUnbounded<Booking>(new UnboundedChannelOptions { SingleReader = true });
        using var fetching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // One writer beside the GETs: a transaction never holds a Graph slot idle.
        Task writer = WriteAsync(businessId, now, complete.Reader, before, progress, fetching, ct);
        try
        {
            // Paging first, so the first calendarView request takes the first slot; GETs start with the first page.
            Task paging = PageAsync(businessId, now, (from, to), stored, toFetch.Writer, complete.Writer, before, progress, fetching, ct);
            Task references = SyncReferenceListsAsync(businessId, now, progress, ct);
            Task fetchingCustomers = FetchAsync(businessId, toFetch.Reader, complete.Writer, progress, fetching);
            await Task.WhenAll(paging, fetchingCustomers, references);
        }
        finally
        {
            complete.Writer.TryComplete();
            // What was fetched before a failure is still written, so the next sync fetches only the rest.
            await writer;
        }
    }

    private async Task PageAsync(
        string businessId, DateTimeOffset now, (DateTimeOffset From, DateTimeOffset To) window, Dictionary<string, StoredAppointmentState> stored,
        ChannelWriter<Booking> toFetch, ChannelWriter<Booking> complete, ConcurrentDictionary<string, Booking> before,
        SyncProgress progress, CancellationTokenSource fetching, CancellationToken ct)
    {
        try
        {
            var listedIds = new HashSet<string>(StringComparer.Ordinal);
            int unchanged = 0;
            var restorations = new List<AppointmentChange>();
            await foreach (IReadOnlyList<Booking> page in source.ListAppointmentPagesAsync(businessId, window.From, window.To, fetching.Token))
            {
                Booking[] fresh = page.Where(b => listedIds.Add(b.AppointmentId)).ToArray();
                progress.Seen(listedIds.Count);
                await LoadStoredOutsideWindowAsync(businessId, fresh, stored, ct);
                SyncPlan plan = SyncPlan.Classify(businessId, now, fresh, stored);
                if (plan.ChangedIds.Count > 0)
                {
                    foreach (Booking old in await bookings.GetManyAsync(businessId, plan.ChangedIds, ct))
                    {
                        before[old.AppointmentId] = old;
                    }
                }
                foreach (Booking booking in plan.NeedCustomers)
                {
                    toFetch.TryWrite(booking);
                }
                foreach (Booking booking in plan.Complete)
                {
                    complete.TryWrite(booking);
                }
                unchanged += plan.Unchanged.Count;
                restorations.AddRange(plan.Restorations);
            }
            toFetch.TryComplete();
            // Only a complete list can tell what vanished.
            IReadOnlyList<AppointmentChange> cancellations = SyncPlan.Cancellations(businessId, now, window.From, window.To, stored.Values, listedIds);
            await store.SetCancellationAsync(businessId, [.. cancellations, .. restorations], now, ct);
            progress.Cancelled(cancellations.Count);
            progress.Restored(restorations.Count);
            // Unchanged appointments are not written at all: the run record says when the window was last listed.
            progress.Unchanged(unchanged);
        }
        catch
        {
            await fetching.CancelAsync();
            throw;
        }
        finally
        {
            toFetch.TryComplete();
        }
    }

    /// <summary>An appointment moved into the window from outside it is stored already: an update, not an addition.</summary>
    private async Task LoadStoredOutsideWindowAsync(
        string businessId, IEnumerable<Booking> page, Dictionary<string, StoredAppointmentState> stored, CancellationToken ct)
    {
        string[] unknown = page.Select(b => b.AppointmentId).Where(id => !stored.ContainsKey(id)).ToArray();
        if (unknown.Length > 0)
        {
            foreach (StoredAppointmentState state in await store.GetSyncStatesAsync(businessId, unknown, ct))
            {
                stored[state.AppointmentId] = state;
            }
        }
    }

    private async Task FetchAsync(
        string businessId, ChannelReader<Booking> toFetch, ChannelWriter<Booking> complete, SyncProgress progress, CancellationTokenSource fetching)
    {
        try
        {
            await Parallel.ForEachAsync(toFetch.ReadAllAsync(fetching.Token),
                new ParallelOptions { MaxDegreeOfParallelism = settings.DetailParallelism, CancellationToken = fetching.Token },
                async (listedBooking, token) =>
                {
                    Booking? full = await source.GetAppointmentAsync(businessId, listedBooking.AppointmentId, token);
                    progress.DetailRequest();
                    if (full is not null)
                    {
                        complete.TryWrite(full);
                    }
                    // Null: deleted between the list and the GET; the next sync no longer lists it.
                });
        }
        catch
        {
            await fetching.CancelAsync();
            throw;
        }
    }

    private async Task SyncReferenceListsAsync(string businessId, DateTimeOffset now, SyncProgress progress, CancellationToken ct)
    {
        Task<BookingsBusiness> business = source.GetBusinessAsync(businessId, ct);
        Task<IReadOnlyList<BookingService>> services = source.ListServicesAsync(businessId, ct);
        Task<IReadOnlyList<BookingsCustomerRecord>> customers = source.ListCustomersAsync(businessId, ct);
        Task<IReadOnlyList<StaffMember>> staff = source.ListStaffMembersAsync(businessId, ct);
        await Task.WhenAll(business, services, customers, staff);
        await store.UpsertBusinessAsync(await business, now, ct);
        await store.UpsertServicesAsync(businessId, await services, now, ct);
        await store.UpsertCustomersAsync(businessId, await customers, now, ct);
        await store.UpsertStaffAsync(businessId, await staff, now, ct);
        progress.ReferenceLists((await services).Count, (await customers).Count, (await staff).Count);
    }

    private async Task WriteAsync(
        string businessId, DateTimeOffset now, ChannelReader<Booking> reader, ConcurrentDictionary<string, Booking> before,
        SyncProgress progress, CancellationTokenSource fetching, CancellationToken ct)
    {
        try
        {
            var batch = new List<Booking>(settings.WriteBatchSize);
            await foreach (Booking booking in reader.ReadAllAsync(ct))
            {
                batch.Add(booking);
                if (batch.Count >= settings.WriteBatchSize)
                {
                    await WriteBatchAsync(businessId, now, batch, before, progress, ct);
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                await WriteBatchAsync(businessId, now, batch, before, progress, ct);
            }
        }
        catch
        {
            // Fetching more is pointless once nothing can be stored.
            await fetching.CancelAsync();
            throw;
        }
    }

    private async Task WriteBatchAsync(
        string businessId, DateTimeOffset now, List<Booking> batch, ConcurrentDictionary<string, Booking> before, SyncProgress progress, CancellationToken ct)
    {
        var changes = new List<AppointmentChange>();
        foreach (Booking booking in batch)
        {
            if (before.TryGetValue(booking.AppointmentId, out Booking? old))
            {
                changes.Add(AppointmentDiff.Updated(old, booking, now));
            }
        }
        await store.SaveAppointmentsAsync(businessId, batch, changes, now, ct);
        progress.Updated(changes.Count);
        progress.Added(batch.Count - changes.Count);
    }
}
